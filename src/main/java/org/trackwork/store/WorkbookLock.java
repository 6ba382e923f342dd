package org.trackwork.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * An exclusive lock on a lock file beside the workbook, so that only one process writes it. The operating system
 * drops the lock when the process dies, so a crash never leaves a workbook locked; the file tells others who holds it.
 */
final class WorkbookLock implements AutoCloseable {

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private WorkbookLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path workbook) {
        return workbook.resolveSibling(workbook.getFileName() + ".lock");
    }

    static WorkbookLock acquire(Path workbook) throws WorkbookException {
        Path lockFile = lockFileOf(workbook);
        FileChannel channel = null;
        try {
            if (!Files.exists(lockFile)) {
                try {
                    OwnerOnly.createFile(lockFile);
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    // another process created it first; the lock below decides who wins
                }
            }
            channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldHere) {
                lock = null;
            }
            if (lock == null) {
                String holder = readHolder(channel);
                channel.close();
                throw new WorkbookException(WorkbookException.Problem.IN_USE, workbook, holder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(describeThisProcess().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            return new WorkbookLock(lockFile, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new WorkbookException(WorkbookException.Problem.IO, workbook, e.getMessage(), e);
        }
    }

    private static String readHolder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(512);
        int read = channel.read(buffer, 0);
        return read <= 0 ? "" : new String(buffer.array(), 0, read, StandardCharsets.UTF_8).strip();
    }

    private static String describeThisProcess() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "this computer";
        }
        return System.getProperty("user.name") + " on " + host + ", process " + ProcessHandle.current().pid()
                + ", since " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
            Files.deleteIfExists(lockFile);
        } catch (IOException ignored) {
            // a stale lock file is harmless: its lock is gone with the channel
        }
    }
}
