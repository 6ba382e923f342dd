package org.trackwork.store;

/**
 * A value in the workbook that Trackwork cannot read as what its column holds: written by another program, or
 * damaged. It names the column and what is wrong, never the value itself, which may be someone's note.
 */
public final class UnreadableValue extends RuntimeException {

    /** What is wrong with the value. */
    public enum Kind {
        MISSING, NOT_AN_ID, NOT_A_DATE, NOT_A_TIME, NOT_A_QUARTER, UNKNOWN_VALUE
    }

    private final String column;
    private final Kind kind;

    UnreadableValue(String column, Kind kind) {
        super(kind + " in column " + column, null, false, false);
        this.column = column;
        this.kind = kind;
    }

    public String column() {
        return column;
    }

    public Kind kind() {
        return kind;
    }
}
