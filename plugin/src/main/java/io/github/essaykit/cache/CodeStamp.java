package io.github.essaykit.cache;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * The fingerprint of the code that makes the pages: the plugin's classes and the default
 * templates, as the jars (or class folders) they were loaded from, which hold the libraries
 * they run with (CommonMark, citeproc-java, the CSL styles and locales, ...), and any jar a
 * project adds in its plugin's {@code <dependencies>}. A cache entry made by any other build of
 * essaykit or with any other library, a snapshot rebuilt with the same version included, is
 * never used.
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
            URL code = CodeStamp.class.getProtectionDomain().getCodeSource().getLocation();
            print.add(stampOf(code));
            URL templates = CodeStamp.class.getClassLoader().getResource(TEMPLATES);
            // in the plugin's own jar, which holds its libraries, unless the classes run from folders (tests)
            print.add(templates == null ? "no templates" : container(templates).toURI().equals(code.toURI()) ? "in the code"
                    : stampOf(container(templates)));
            print.add(libraries(classPath(CodeStamp.class.getClassLoader())));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // no stamp: a value no other run shares, so nothing cached is trusted
            print.add("unknown " + System.nanoTime() + " " + e);
        }
        return print.hex();
    }

    /** The jars and folders {@code loader} loads from: a Maven plugin's are its dependencies. */
    private static List<Path> classPath(ClassLoader loader) throws URISyntaxException {
        List<Path> paths = new ArrayList<>();
        if (loader instanceof URLClassLoader urls) {
            for (URL url : urls.getURLs()) {
                paths.add(Path.of(url.toURI()));
            }
        } else { // the application class loader (tests, a main method)
            for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    paths.add(Path.of(entry));
                }
            }
        }
        return paths;
    }

    /**
     * Each jar by its path, size and time: a Maven repository names each version of a library
     * by its path, so reading every jar's bytes (the CSL styles alone are megabytes) on each
     * build would tell nothing more. A folder counts by its path.
     */
    static String libraries(List<Path> paths) {
        Fingerprint print = Fingerprint.start("libraries");
        paths.stream().map(path -> path.toAbsolutePath().normalize()).sorted().forEach(path -> {
            print.add(path.toString());
            try {
                BasicFileAttributes file = Files.readAttributes(path, BasicFileAttributes.class);
                print.add(file.isRegularFile() ? file.size() + " " + file.lastModifiedTime().toMillis() : "folder");
            } catch (IOException e) {
                print.add("missing");
            }
        });
        return print.hex();
    }

    static String jarFiles(Path jar) throws IOException {
        byte[] directory = centralDirectory(jar);
        if (directory != null) { // 1.4 MB for the plugin's jar: 13 ms cold, where reading its 16,000 files one by one took 33
            return Fingerprint.start("jar directory").add(directory).hex();
        }
        Fingerprint print = Fingerprint.start("jar files");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().forEach(file -> print.add(file.getName()).add(file.getSize()).add(file.getCrc()));
        }
        return print.hex();
    }

    /**
     * The bytes of a jar's central directory (each file's name, sizes, CRC-32 and times), found
     * from the end-of-directory record in its last 64 KB; null when that is not where a jar of
     * fewer than 65,535 files and 4 GB puts it (a zip64 jar is read file by file).
     */
    private static byte[] centralDirectory(Path jar) throws IOException {
        try (FileChannel in = FileChannel.open(jar)) {
            long size = in.size();
            int tail = (int) Math.min(size, 22 + 65_535);
            ByteBuffer end = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
            readFully(in, end, size - tail);
            for (int at = tail - 22; at >= 0; at--) {
                if (end.getInt(at) == 0x06054b50) { // end of central directory
                    long length = end.getInt(at + 12) & 0xffffffffL;
                    long offset = end.getInt(at + 16) & 0xffffffffL;
                    if (end.getShort(at + 10) == -1 || offset == 0xffffffffL || offset + length > size - tail + at) {
                        return null;
                    }
                    ByteBuffer directory = ByteBuffer.allocate((int) length);
                    readFully(in, directory, offset);
                    return directory.array();
                }
            }
            return null;
        }
    }

    private static void readFully(FileChannel in, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            if (in.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("the jar ends early");
            }
        }
    }

    /** The jar or class folder a resource URL points into. */
    private static URL container(URL resource) throws IOException {
        String text = resource.toString();
        if (text.startsWith("jar:")) {
            return new URL(text.substring(4, text.indexOf("!/")));
        }
        return new URL(text.substring(0, text.length() - TEMPLATES.length()));
    }

    /**
     * A jar's files by name, size and CRC-32 (what the jar's directory records of each file's
     * bytes: the plugin's jar holds its libraries, 24 MB in all, which a digest read in 40 ms on
     * every build), or a class folder's files with their sizes and times.
     */
    private static String stampOf(URL location) throws IOException, URISyntaxException {
        Path path = Path.of(location.toURI());
        if (Files.isRegularFile(path)) {
            return jarFiles(path);
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
