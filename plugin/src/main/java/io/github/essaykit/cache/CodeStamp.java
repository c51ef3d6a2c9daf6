package io.github.essaykit.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The fingerprint of the code that makes the pages: the plugin's classes and the default
 * templates, as the jars (or class folders) they were loaded from. A cache entry made by any
 * other build of essaykit, a snapshot rebuilt with the same version included, is never used.
 */
public final class CodeStamp {

    private static final String TEMPLATES = "essaykit/template/essay.mustache";

    /** The code is fixed for the life of a class loader: computed once. */
    private static final class Holder {
        static final String STAMP = compute();
    }

    private CodeStamp() {}

    public static String current() {
        return Holder.STAMP;
    }

    private static String compute() {
        Fingerprint print = Fingerprint.start("code");
        try {
            print.add(stampOf(CodeStamp.class.getProtectionDomain().getCodeSource().getLocation()));
            URL templates = CodeStamp.class.getClassLoader().getResource(TEMPLATES);
            print.add(templates == null ? "no templates" : stampOf(container(templates)));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // no stamp: a value no other run shares, so nothing cached is trusted
            print.add("unknown " + System.nanoTime() + " " + e);
        }
        return print.hex();
    }

    /** The jar or class folder a resource URL points into. */
    private static URL container(URL resource) throws IOException {
        String text = resource.toString();
        if (text.startsWith("jar:")) {
            return new URL(text.substring(4, text.indexOf("!/")));
        }
        return new URL(text.substring(0, text.length() - TEMPLATES.length()));
    }

    /** A jar's bytes, or a class folder's files with their sizes and times. */
    private static String stampOf(URL location) throws IOException, URISyntaxException {
        Path path = Path.of(location.toURI());
        if (Files.isRegularFile(path)) {
            return Fingerprint.start("jar").add(Files.readAllBytes(path)).hex();
        }
        Fingerprint folder = Fingerprint.start("folder").add(path.toString());
        try (Stream<Path> files = Files.walk(path)) {
            files.filter(Files::isRegularFile).sorted().forEach(f -> {
                try {
                    folder.add(path.relativize(f).toString()).add(Files.size(f)).add(Files.getLastModifiedTime(f).toMillis());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return folder.hex();
    }
}
