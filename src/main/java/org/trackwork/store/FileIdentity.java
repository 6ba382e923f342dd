package org.trackwork.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Which file a path names, as the file system knows it (device and inode on Unix), read without opening the
 * file: two paths with the same identity are one file, whatever their spelling, symbolic links or hard links.
 * Opening and closing the file, even to read it, would drop this process's locks on it.
 */
record FileIdentity(Object key) {

    /**
     * The identity of the file at a path, not following a symbolic link there; empty when nothing is there.
     * Where the file system has no file keys (Windows), the real path stands for the file.
     */
    static Optional<FileIdentity> of(Path path) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            Object key = attributes.fileKey();
            return Optional.of(new FileIdentity(key != null ? key : path.toRealPath().toString()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Like {@link #of}, with no identity for a file that cannot be asked about. */
    static Optional<FileIdentity> ofQuietly(Path path) {
        try {
            return of(path);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** How many names (hard links) the file has; 1 where the file system cannot say. */
    static int names(Path path) {
        try {
            Object links = Files.getAttribute(path, "unix:nlink");
            return links instanceof Integer count ? count : 1;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    /** The inode number, where the file system has one; for finding the holder of a lock. */
    static Optional<Long> inode(Path path) {
        try {
            Object inode = Files.getAttribute(path, "unix:ino");
            return inode instanceof Long number ? Optional.of(number) : Optional.empty();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
