package io.github.essaykit.write;

/**
 * The site cannot be written where it was asked to go: the output folder overlaps the source
 * folder, holds someone else's files, or the disk said no. A user mistake or a machine's
 * limit, never a bug: the message says which folder, why, and what to do, and nothing of the
 * author's was touched.
 */
public final class OutputFolderException extends RuntimeException {

    public OutputFolderException(String message) {
        super(message);
    }
}
