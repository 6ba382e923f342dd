package org.trackwork.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The first 100 bytes of an SQLite file, read without opening it with SQLite, so that a file that is not ours is
 * refused before anything could write to it.
 */
record WorkbookHeader(int pageSize, long pageCount, boolean pageCountValid, int userVersion, int applicationId) {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    static final int LENGTH = 100;

    /** Reads the header, or returns null when the file does not start like an SQLite database. */
    static WorkbookHeader read(Path file) throws IOException {
        byte[] bytes = new byte[LENGTH];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(bytes, 0, LENGTH);
        }
        if (read < MAGIC.length || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return null;
        }
        if (read < LENGTH) {
            return new WorkbookHeader(0, 0, false, 0, 0);
        }
        ByteBuffer header = ByteBuffer.wrap(bytes);
        int rawPageSize = Short.toUnsignedInt(header.getShort(16));
        int pageSize = rawPageSize == 1 ? 65_536 : rawPageSize;
        int changeCounter = header.getInt(24);
        long pageCount = Integer.toUnsignedLong(header.getInt(28));
        boolean pageCountValid = pageCount > 0 && header.getInt(92) == changeCounter;
        return new WorkbookHeader(pageSize, pageCount, pageCountValid, header.getInt(60), header.getInt(68));
    }

    boolean complete() {
        return pageSize > 0;
    }

    /** True when the file is shorter than the pages its header promises. */
    boolean truncatedAt(long fileSize) {
        if (!complete()) {
            return true;
        }
        return fileSize % pageSize != 0 || pageCountValid && fileSize < pageCount * pageSize;
    }
}
