package org.trackwork.store;

/** Reading or writing an open workbook failed; the edit in progress was rolled back. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
