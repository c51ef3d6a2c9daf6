package io.github.essaykit.write;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the site may go. The output folder is compared with the source folder by real paths
 * (symbolic links resolved, also for parts not created yet) and must neither be, contain nor
 * lie inside it, whatever marker file it holds: replacing it would delete essays, and a site
 * inside the source folder would be read back as sources and nest one level deeper per build.
 * The one exception is a folder the build never reads (Maven's {@code target/} when the source
 * folder is the project folder): a site there is neither read back nor mixed with essays.
 */
public final class OutputFolder {

    private OutputFolder() {}

    /**
     * The output folder's real path, once it is known not to overlap {@code source} but through
     * one of the {@code skipped} folders, those the source tree is read without.
     */
    public static Path check(Path source, Path output, List<Path> skipped) {
        Path src = real(source);
        Path out = real(output);
        boolean inSkipped = skipped.stream().map(OutputFolder::real)
                .anyMatch(folder -> folder.startsWith(src) && !folder.equals(src) && out.startsWith(folder));
        String relation = out.equals(src) ? "is the source folder"
                : out.startsWith(src) && !inSkipped ? "lies inside the source folder"
                : src.startsWith(out) ? "contains the source folder" : null;
        if (relation != null) {
            throw new OutputFolderException("The output folder " + out + " " + relation + " " + src
                    + "; writing the site there would replace or mix with the essays. Nothing was written. "
                    + "Choose an outputDirectory outside the source folder (-Dessay.outputDirectory=target/site/essays).");
        }
        return out;
    }

    /**
     * {@code path} with every link resolved: the real path of its longest existing part, plus
     * the rest, so a folder not created yet is compared where it will be created.
     */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            throw new OutputFolderException("Cannot resolve " + absolute + ": " + reason(e));
        }
    }

    /** The output folder, or the link named as it, must be or lead to a folder: a file or a dangling link is refused, not replaced. */
    static void refuseNonFolder(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(absolute) && !Files.exists(absolute)) {
            throw new OutputFolderException("The output folder " + absolute + " is a link to a folder that does not exist; "
                    + "create the folder it points to, or remove the link.");
        }
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new OutputFolderException("The output folder " + absolute + " is a file, not a folder; "
                    + "choose another outputDirectory or move the file away.");
        }
    }

    /** What the operating system said, in its words ("Permission denied", "No space left on device"), and where. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return "Permission denied (" + denied.getFile() + ")";
        }
        if (e instanceof NoSuchFileException missing) {
            return "No such file or folder (" + missing.getFile() + ")";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + (fs.getFile() == null ? "" : " (" + fs.getFile() + ")");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
