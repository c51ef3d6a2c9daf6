package io.github.essaykit.fetch;

import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import io.github.essaykit.publish.JsonText;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The committed CSL-JSON file of sources fetched by identifier. Items are only ever added: an
 * item already there (by id) is kept as it is, with any correction the author made, and the
 * file is written whole again sorted by id, each item's variables in a fixed order (id, type,
 * then by name), two-space indented: the same items always give the same bytes, so the file
 * diffs well under version control. Written to a temporary file beside it, then moved over it.
 */
public final class FetchedFile {

    private FetchedFile() {}

    /** The file's items, or an exception naming the problem when it is not a CSL-JSON list. */
    static List<Map<String, Object>> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return List.of();
        }
        List<Object> items = new JsonParser(new JsonLexer(new StringReader(text))).parseArray();
        List<Map<String, Object>> maps = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> map) || map.get("id") == null) {
                throw new IOException("an item is not a CSL item with an id");
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), v));
            maps.add(copy);
        }
        return maps;
    }

    /**
     * Adds the items whose ids the file does not hold yet and rewrites it; returns the ids added.
     *
     * @throws IOException when the file exists but is not a CSL-JSON list (it is then left alone)
     */
    public static List<String> add(Path file, List<Map<String, Object>> items) throws IOException {
        Map<String, Map<String, Object>> byId = new TreeMap<>();
        for (Map<String, Object> item : read(file)) {
            byId.put(String.valueOf(item.get("id")), ordered(item));
        }
        List<String> added = new ArrayList<>();
        for (Map<String, Object> item : items) {
            if (byId.putIfAbsent(String.valueOf(item.get("id")), ordered(item)) == null) {
                added.add(String.valueOf(item.get("id")));
            }
        }
        if (!added.isEmpty()) {
            write(file, JsonText.pretty(new ArrayList<>(byId.values())));
        }
        return added;
    }

    /** The item's variables as written: id, type, then the rest by name. */
    static Map<String, Object> ordered(Map<String, Object> item) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("id", item.get("id"));
        if (item.containsKey("type")) {
            ordered.put("type", item.get("type"));
        }
        new TreeMap<>(item).forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static void write(Path file, String text) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, ".fetched", ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
