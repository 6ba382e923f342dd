package org.trackwork.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trackwork.store.WorkbookException.Problem;

/**
 * An exclusive operating-system lock on the workbook file itself, so that only one process writes it whatever
 * path reaches it: a symbolic link, a hard link, {@code ../}, another spelling. The lock lies on one byte far beyond
 * the end of the file and beyond the bytes SQLite locks, so it never stands in SQLite's way. The operating system
 * drops it when the process dies, so a crash never leaves a workbook locked.
 *
 * <p>On Unix such a lock belongs to the process and to the file, and closing any descriptor of the file in this
 * process drops it, even one opened only to read. So this process keeps its own set of the files it holds, by
 * identity, and refuses a second open from that set before a descriptor is ever opened; and the lock is taken again
 * after the checks of an open, whose SQLite connections close descriptors. Once the workbook's connection is open
 * SQLite holds a lock of its own on the file and keeps any further descriptor open until it is closed.
 *
 * <p>A small file beside the workbook ({@code team.trackwork.lock}) says who holds it, for the message another
 * window shows; it is only a note, never the lock.
 */
final class WorkbookLock implements AutoCloseable {

    /** The byte that is locked: past any workbook's end and past SQLite's lock bytes around 1 GiB. */
    static final long POSITION = Long.MAX_VALUE - 1;

    private static final Logger LOG = LoggerFactory.getLogger(WorkbookLock.class);
    /** The files this process holds, by identity. */
    private static final Set<FileIdentity> HELD_HERE = ConcurrentHashMap.newKeySet();
    /** Channels that must stay open: closing one would drop a lock this process holds on the same file. */
    private static final List<FileChannel> NEVER_CLOSED = Collections.synchronizedList(new ArrayList<>());

    private final Path notePath;
    private final FileIdentity identity;
    private final FileChannel channel;
    private final String note;
    private FileLock lock;
    private boolean released;

    private WorkbookLock(Path notePath, FileIdentity identity, FileChannel channel, FileLock lock, String note) {
        this.notePath = notePath;
        this.identity = identity;
        this.channel = channel;
        this.lock = lock;
        this.note = note;
    }

    /** The note beside a workbook that says who holds it. */
    static Path noteOf(Path workbook) {
        return workbook.resolveSibling(workbook.getFileName() + ".lock");
    }

    /** True when this process holds the file's lock, by whatever name; answered without opening the file. */
    static boolean heldHere(Path file) {
        return FileIdentity.ofQuietly(file).map(HELD_HERE::contains).orElse(false);
    }

    /**
     * Takes the lock of a workbook file that exists.
     *
     * @throws WorkbookException OPEN_HERE when this process holds it, IN_USE (saying who, where it can be told) when
     *                           another one does, NOT_FOUND when there is no file
     */
    static WorkbookLock acquire(Path file) throws WorkbookException {
        return acquire(file, noteOf(file));
    }

    private static WorkbookLock acquire(Path file, Path notePath) throws WorkbookException {
        FileIdentity identity;
        try {
            identity = FileIdentity.of(file)
                    .orElseThrow(() -> new WorkbookException(Problem.NOT_FOUND, file, ""));
        } catch (IOException e) {
            throw new WorkbookException(Problem.IO, file, String.valueOf(e.getMessage()), e);
        }
        if (!HELD_HERE.add(identity)) {
            throw new WorkbookException(Problem.OPEN_HERE, file, "");
        }
        FileChannel channel = null;
        boolean acquired = false;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock(POSITION, 1, false);
            } catch (OverlappingFileLockException heldHereUnseen) {
                NEVER_CLOSED.add(channel);
                channel = null;
                throw new WorkbookException(Problem.OPEN_HERE, file, "");
            }
            if (lock == null) {
                // held by another process; this process held nothing on the file, so closing drops nothing
                throw new WorkbookException(Problem.IN_USE, file, LockHolder.describe(file, identity));
            }
            if (!identity.equals(FileIdentity.of(file).orElse(null))) {
                lock.release();
                throw new WorkbookException(Problem.IO, file, "the file was replaced while it was being opened");
            }
            String note = describeThisProcess() + "\n" + identity.key();
            try {
                writeNote(notePath, note);
            } catch (IOException e) {
                // only a note for other windows' messages: the lock holds without it
                LOG.warn("Could not write the lock note {}: {}", notePath.getFileName(), e.getMessage());
            }
            acquired = true;
            return new WorkbookLock(notePath, identity, channel, lock, note);
        } catch (NoSuchFileException e) {
            throw new WorkbookException(Problem.NOT_FOUND, file, "", e);
        } catch (IOException e) {
            throw new WorkbookException(Problem.IO, file, String.valueOf(e.getMessage()), e);
        } finally {
            if (!acquired) {
                closeQuietly(channel);
                HELD_HERE.remove(identity);
            }
        }
    }

    /**
     * Takes the lock again after this process closed a descriptor of the file (an SQLite connection that checked
     * it), which dropped it.
     *
     * @return false when another process took the file in between; this lock then holds nothing
     */
    synchronized boolean reassert() {
        if (released) {
            return false;
        }
        try {
            if (lock != null) {
                lock.release();
            }
            lock = channel.tryLock(POSITION, 1, false);
        } catch (IOException | OverlappingFileLockException e) {
            lock = null;
        }
        return lock != null;
    }

    /**
     * Locks another file that is about to be moved into this one's place (a backup being restored), before it is
     * moved: the lock goes with the file, so no other window can open it under the workbook's name before this
     * process does. Its note is the workbook's; this lock is closed by the caller once its connection is.
     */
    synchronized WorkbookLock lockReplacement(Path replacement) throws WorkbookException {
        return acquire(replacement, notePath);
    }

    /** The file this lock was taken on, as the file system knew it then. */
    FileIdentity identity() {
        return identity;
    }

    private static void writeNote(Path note, String text) throws IOException {
        // never through a link someone planted in its place
        Files.deleteIfExists(note);
        OwnerOnly.createFile(note);
        try (SeekableByteChannel out = Files.newByteChannel(note, Set.of(StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS))) {
            out.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
        }
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

    /** Deletes the note only while it is this lock's own: another window may hold the file now at that name. */
    private void deleteOwnNote() {
        try {
            if (Files.isRegularFile(notePath, LinkOption.NOFOLLOW_LINKS)
                    && note.equals(Files.readString(notePath, StandardCharsets.UTF_8))) {
                Files.delete(notePath);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete the lock note {}: {}", notePath.getFileName(), e.getMessage());
        }
    }

    /** The note goes first, so that it never describes a process that no longer holds the file. */
    @Override
    public synchronized void close() {
        if (released) {
            return;
        }
        released = true;
        deleteOwnNote();
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException ignored) {
            // closing the channel releases it too
        } finally {
            closeQuietly(channel);
            HELD_HERE.remove(identity);
        }
    }
}
