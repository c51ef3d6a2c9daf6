package io.github.essaykit.template;

import io.github.essaykit.cache.Fingerprint;
import io.github.essaykit.discover.ContentDigest;
import io.github.essaykit.discover.InputText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The user's template folder as one build reads it: each file's bytes, read once, and their
 * print (each file's name and digest). The templates are compiled from these very bytes, so a
 * page kept under the print was made from the text the print hashed: a template edited and put
 * back while a build runs cannot leave pages or compiled templates of the edited text under the
 * print of the old one. A missing folder (or none configured) holds nothing: the defaults serve.
 */
public final class TemplateFolder {

    private final Path folder;
    /** Each file by its name relative to the folder, '/' between folders: its bytes, or why they could not be read. */
    private final Map<String, Object> files;
    private final String print;

    private TemplateFolder(Path folder, Map<String, Object> files, String print) {
        this.folder = folder;
        this.files = files;
        this.print = print;
    }

    /**
     * Reads every file of {@code folder} (null: none); a file in a linked folder is not read,
     * since the print cannot follow it.
     *
     * @throws TemplateError when the folder cannot be listed
     */
    public static TemplateFolder read(Path folder) {
        Fingerprint print = Fingerprint.start("folder");
        if (folder == null || !Files.isDirectory(folder)) {
            return new TemplateFolder(null, Map.of(), print.add(String.valueOf(folder)).hex());
        }
        Path root = folder.toAbsolutePath().normalize();
        List<Path> found;
        try (Stream<Path> walk = Files.walk(root)) {
            found = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
            throw new TemplateError(InputText.cannotRead(folder.toString().replace('\\', '/'), cause));
        }
        Map<String, Object> files = new HashMap<>();
        for (Path file : found) {
            String name = root.relativize(file).toString().replace('\\', '/');
            try {
                byte[] bytes = Files.readAllBytes(file);
                files.put(name, bytes);
                print.add(root.relativize(file).toString()).add(ContentDigest.of(bytes));
            } catch (IOException e) {
                files.put(name, e); // an error when a page needs it
                print.add("unreadable " + System.nanoTime()); // never matches: pages are made afresh
            }
        }
        return new TemplateFolder(root, Map.copyOf(files), print.hex());
    }

    /** The folder as read, absolute, or null when there is none. */
    public Path folder() {
        return folder;
    }

    /** What a page key takes from the templates: every file's name and content. */
    public String print() {
        return print;
    }

    /** True when the folder has a file of this name (relative, '/' between folders); never a name leading out of it. */
    boolean has(String name) {
        return folder != null && files.containsKey(relative(name));
    }

    /**
     * The bytes of the file {@code name}, which {@link #has}.
     *
     * @throws IOException why it could not be read
     */
    byte[] bytes(String name) throws IOException {
        Object file = files.get(relative(name));
        if (file instanceof IOException e) {
            throw e;
        }
        return (byte[]) file;
    }

    private String relative(String name) {
        Path file = folder == null ? null : folder.resolve(name).normalize();
        // a partial named "../x" must not read outside the folder
        return file == null || !file.startsWith(folder) ? "" : folder.relativize(file).toString().replace('\\', '/');
    }
}
