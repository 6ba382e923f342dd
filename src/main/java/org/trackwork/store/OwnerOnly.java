package org.trackwork.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Creates files and folders that only their owner can read: workbooks hold notes about people. */
public final class OwnerOnly {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly() {
    }

    public static Path createFolders(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return folder;
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null) {
            createFolders(parent);
        }
        return POSIX ? Files.createDirectory(folder, attribute("rwx------")) : Files.createDirectory(folder);
    }

    public static Path createFile(Path file) throws IOException {
        return POSIX ? Files.createFile(file, attribute("rw-------")) : Files.createFile(file);
    }

    /** Creates a new file with a name of its own in the system's temporary folder, readable by its owner only. */
    public static Path createTempFile(String prefix, String suffix) throws IOException {
        return POSIX ? Files.createTempFile(prefix, suffix, attribute("rw-------"))
                : Files.createTempFile(prefix, suffix);
    }

    /** Narrows an existing file, such as one a library wrote, to its owner. */
    public static void restrict(Path file) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /**
     * True when a failure to make or write a file came from the folder: one that may not be written, a read-only
     * disk, or a file standing where a folder must be made. Such a failure is told by naming the folder.
     */
    public static boolean refusedByFolder(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String reason = t instanceof java.nio.file.FileSystemException system
                    ? String.valueOf(system.getReason()) : "";
            if (t instanceof java.nio.file.AccessDeniedException || t instanceof java.nio.file.FileAlreadyExistsException
                    || reason.contains("Read-only") || reason.contains("Not a directory")) {
                return true;
            }
        }
        return false;
    }

    /** True when the owner may not write the file, even if this process (say, root) could. */
    static boolean ownerCannotWrite(Path file) throws IOException {
        if (!Files.isWritable(file)) {
            return true;
        }
        if (!POSIX) {
            return false;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        return !permissions.contains(PosixFilePermission.OWNER_WRITE);
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(String permissions) {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
    }
}
