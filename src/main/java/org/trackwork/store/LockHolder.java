package org.trackwork.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Says who holds a workbook's lock, for the message another window shows: from the note the holder left beside
 * the file, else, on Linux, from the kernel's table of locks (a hard link in another folder has no note beside it).
 */
final class LockHolder {

    private static final Path KERNEL_LOCKS = Path.of("/proc/locks");
    private static final int NOTE_LIMIT = 1_024;

    private LockHolder() {
    }

    /** One line of the kernel's table of locks: a POSIX lock of a process on an inode, from a byte on. */
    record KernelLock(long pid, long inode, boolean write, String start) {

        /** A workbook lock: the exclusive lock on the one byte {@link WorkbookLock} locks. */
        boolean isWorkbookLock() {
            return write && start.equals(String.valueOf(WorkbookLock.POSITION));
        }
    }

    /**
     * Another process that holds a lock on a file, as SQLite's connections hold one on a workbook's -shm while they
     * have it open; empty when none does, or when the system cannot tell (it can on Linux).
     */
    static Optional<String> otherProcessLocking(Path file) {
        long self = ProcessHandle.current().pid();
        return locksOn(file).flatMap(locks -> locks.stream().filter(lock -> lock.pid() != self).findFirst())
                .map(lock -> describeProcess(lock.pid()));
    }

    /**
     * False when the system's table of locks shows that this process no longer holds the workbook lock of a file it
     * believes it holds; true when it does, or when the system cannot tell.
     */
    static boolean stillHeldHere(Path file) {
        long self = ProcessHandle.current().pid();
        return locksOn(file).map(locks -> locks.stream()
                .anyMatch(lock -> lock.pid() == self && lock.isWorkbookLock())).orElse(true);
    }

    /** "user on host, process N, since date time", or empty when it cannot be told. */
    static String describe(Path file, FileIdentity identity) {
        return fromNote(WorkbookLock.noteOf(file), identity)
                .or(() -> fromKernel(file))
                .orElse("");
    }

    /** The note counts only when it speaks of this very file: a note left by a crash may be about another. */
    private static Optional<String> fromNote(Path note, FileIdentity identity) {
        try {
            if (!Files.isRegularFile(note, LinkOption.NOFOLLOW_LINKS) || Files.size(note) > NOTE_LIMIT) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(note, StandardCharsets.UTF_8);
            if (lines.size() == 2 && lines.get(1).equals(String.valueOf(identity.key()))) {
                return Optional.of(lines.get(0).strip());
            }
        } catch (IOException | RuntimeException e) {
            // a note that cannot be read tells nothing
        }
        return Optional.empty();
    }

    private static Optional<String> fromKernel(Path file) {
        return locksOn(file).flatMap(locks -> locks.stream().filter(KernelLock::isWorkbookLock).findFirst())
                .map(lock -> describeProcess(lock.pid()));
    }

    /** The POSIX locks on a file's inode; empty when the system keeps no table of them that can be read. */
    private static Optional<List<KernelLock>> locksOn(Path file) {
        Optional<Long> inode = FileIdentity.inode(file);
        if (inode.isEmpty() || !Files.isReadable(KERNEL_LOCKS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllLines(KERNEL_LOCKS, StandardCharsets.US_ASCII).stream()
                    .map(LockHolder::parse).flatMap(Optional::stream)
                    .filter(lock -> lock.inode() == inode.get()).toList());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A line of {@code /proc/locks} such as
     * {@code 3: POSIX  ADVISORY  WRITE 2957 fe:00:2146382 9223372036854775806 9223372036854775806}; empty for any
     * other kind of lock, and for a process waiting on one.
     */
    static Optional<KernelLock> parse(String line) {
        String[] words = line.trim().split("\\s+");
        if (words.length != 8 || !"POSIX".equals(words[1])) {
            return Optional.empty();
        }
        String device = words[5];
        try {
            return Optional.of(new KernelLock(Long.parseLong(words[4]),
                    Long.parseLong(device.substring(device.lastIndexOf(':') + 1)), "WRITE".equals(words[3]),
                    words[6]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String describeProcess(long pid) {
        Optional<ProcessHandle.Info> info = ProcessHandle.of(pid).map(ProcessHandle::info);
        String user = info.flatMap(ProcessHandle.Info::user).orElse("someone");
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "this computer";
        }
        String since = info.flatMap(ProcessHandle.Info::startInstant)
                .map(start -> ", since " + LocalDateTime.ofInstant(start, ZoneId.systemDefault())
                        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .orElse("");
        return user + " on " + host + ", process " + pid + since;
    }
}
