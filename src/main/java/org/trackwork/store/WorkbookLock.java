package org.trackwork.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.trackwork.store.WorkbookException.Problem;

/**
 * An exclusive lock on a lock file beside the workbook, so that only one process writes it. The operating system
 * drops the lock when the process dies, so a crash never leaves a workbook locked; the file tells others who holds it.
 *
 * <p>On Linux the lock belongs to the process, and closing any channel on the lock file, even one opened only to
 * ask, drops it. So this process keeps its own set of the lock files it holds and refuses a second open from that
 * set, before a channel is ever opened.
 */
final class WorkbookLock implements AutoCloseable {

    /** The lock files this process holds, by real path. */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();
    /** Channels on a lock file held here under another name (a hard link); closing one would drop the lock. */
    private static final List<FileChannel> NEVER_CLOSED = Collections.synchronizedList(new ArrayList<>());

    private final Path lockFile;
    private final Path heldAs;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean released;

    private WorkbookLock(Path lockFile, Path heldAs, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.heldAs = heldAs;
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path workbook) {
        return workbook.resolveSibling(workbook.getFileName() + ".lock");
    }

    /** True when this process holds the workbook's lock; answered without opening the lock file. */
    static boolean heldHere(Path workbook) {
        Path lockFile = lockFileOf(workbook);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try {
            return HELD_HERE.contains(lockFile.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Takes the lock of a workbook.
     *
     * @throws WorkbookException OPEN_HERE when this process holds it, IN_USE (saying who) when another one does
     */
    static WorkbookLock acquire(Path workbook) throws WorkbookException {
        Path lockFile = lockFileOf(workbook);
        Path heldAs;
        try {
            if (!Files.exists(lockFile)) {
                try {
                    OwnerOnly.createFile(lockFile);
                } catch (FileAlreadyExistsException raced) {
                    // another process created it first; the lock below decides who wins
                }
            }
            heldAs = lockFile.toRealPath();
        } catch (IOException e) {
            throw new WorkbookException(Problem.IO, workbook, String.valueOf(e.getMessage()), e);
        }
        if (!HELD_HERE.add(heldAs)) {
            throw new WorkbookException(Problem.OPEN_HERE, workbook, "");
        }
        FileChannel channel = null;
        boolean acquired = false;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldHereByAnotherName) {
                NEVER_CLOSED.add(channel);
                channel = null;
                throw new WorkbookException(Problem.OPEN_HERE, workbook, "");
            }
            if (lock == null) {
                // held by another process; this channel holds no lock of ours, so closing it releases nothing
                String holder = readHolder(channel);
                throw new WorkbookException(Problem.IN_USE, workbook, holder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(describeThisProcess().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            acquired = true;
            return new WorkbookLock(lockFile, heldAs, channel, lock);
        } catch (IOException e) {
            throw new WorkbookException(Problem.IO, workbook, String.valueOf(e.getMessage()), e);
        } finally {
            if (!acquired) {
                closeQuietly(channel);
                HELD_HERE.remove(heldAs);
            }
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
    public synchronized void close() {
        if (released) {
            return;
        }
        released = true;
        try {
            lock.release();
            channel.close();
            Files.deleteIfExists(lockFile);
        } catch (IOException ignored) {
            // a stale lock file is harmless: its lock is gone with the channel
        } finally {
            HELD_HERE.remove(heldAs);
        }
    }
}
