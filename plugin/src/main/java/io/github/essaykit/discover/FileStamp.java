package io.github.essaykit.discover;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What stat tells of a file: its size, modification and status-change times, device and inode.
 * A session that read a file may take the stamp as standing for those bytes while it stays the
 * same, sparing a read and a hash of every essay on every rebuild, but only when the file had
 * been still for a while before the read ({@link #vouches}): timestamps come from a coarse clock
 * (milliseconds), so two writes in the same tick can leave the same stamp, while a write after a
 * read that began {@link #STILL_MILLIS} after the last one cannot. The status-change time is set
 * by every write and by nothing a program can turn back (unlike the modification time, which
 * {@code touch -d} and copying tools set), so a file rewritten with its old time still differs.
 */
public record FileStamp(long size, Object modified, Object changed, Object device, Object inode) {

    /** How long a file must have been still before a read for its stamp to stand for the bytes read. */
    static final long STILL_MILLIS = 2_000;

    /**
     * The stamp of {@code file} (links followed, as a read does), or null when it cannot be had:
     * a platform without the "unix" attribute view (Windows), or a file that cannot be read.
     */
    public static FileStamp of(Path file) {
        try {
            Map<String, Object> a = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,dev,ino");
            return new FileStamp((Long) a.get("size"), a.get("lastModifiedTime"), a.get("ctime"), a.get("dev"), a.get("ino"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return null;
        }
    }

    /**
     * Whether this stamp, taken at or after {@code startedMillis} and before the file's bytes
     * were read, stands for those bytes: the file's last write and status change were at least
     * {@link #STILL_MILLIS} earlier, so any later write gives another stamp.
     */
    public boolean vouches(long startedMillis) {
        long before = startedMillis - STILL_MILLIS;
        return modified instanceof java.nio.file.attribute.FileTime m && m.toMillis() < before
                && changed instanceof java.nio.file.attribute.FileTime c && c.toMillis() < before;
    }
}
