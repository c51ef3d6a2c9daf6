package io.github.essaykit.discover;

import java.util.ArrayList;
import java.util.List;

/**
 * Relative paths between files of the site ('/' separators, from the source or site root):
 * the source folder and the built site share one layout, so essays, links and pages agree.
 */
public final class SitePaths {

    private SitePaths() {}

    /** {@code path} as written in the file {@code from} ("a/b.md" + "../c.md" gives "c.md"); null if it leaves the site. */
    public static String resolve(String from, String path) {
        List<String> parts = new ArrayList<>(List.of(from.split("/")));
        parts.remove(parts.size() - 1);
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else if (!part.equals(".") && !part.isEmpty()) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    /** The way back to the root from the file {@code from}: "" or "../" per folder level. */
    public static String toRoot(String from) {
        return "../".repeat((int) from.chars().filter(c -> c == '/').count());
    }
}
