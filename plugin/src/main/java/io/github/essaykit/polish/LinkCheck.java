package io.github.essaykit.polish;

import io.github.essaykit.diagnostic.Diagnostic;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The last check before writing: every local href and src of every page must name a file of
 * the site, and every #fragment an id of its page. Site-root links ("/x") are reported too:
 * they break a site served under a path or opened from disk.
 */
public final class LinkCheck {

    private LinkCheck() {}

    /** @param pages page path → HTML; @param files every other file the site will hold */
    public static List<Diagnostic> check(Map<String, String> pages, Set<String> files) {
        Map<String, Set<String>> ids = new HashMap<>();
        Map<String, Document> docs = new HashMap<>();
        pages.forEach((path, html) -> {
            Document doc = Jsoup.parse(html);
            docs.put(path, doc);
            Set<String> pageIds = new HashSet<>();
            doc.select("[id]").forEach(e -> pageIds.add(e.id()));
            ids.put(path, pageIds);
        });
        List<Diagnostic> problems = new ArrayList<>();
        pages.keySet().stream().sorted().forEach(path -> {
            for (Element e : docs.get(path).select("[href], [src]")) {
                String link = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                String problem = problem(path, link, ids, files);
                if (problem != null) {
                    problems.add(Diagnostic.error(path, 0, 0, problem));
                }
            }
        });
        return problems;
    }

    private static String problem(String page, String link, Map<String, Set<String>> ids, Set<String> files) {
        URI uri;
        try {
            uri = new URI(link.strip());
        } catch (URISyntaxException e) {
            return "link '" + link + "' is not a valid URL";
        }
        if (uri.getScheme() != null || uri.getHost() != null) {
            return null;
        }
        String path = uri.getRawPath() == null ? "" : URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
        if (path.startsWith("/")) {
            return "link '" + link + "' starts at the server root; use a relative link so the site works under any path";
        }
        String target = path.isEmpty() ? page : resolve(page, path);
        if (target == null || (!ids.containsKey(target) && !files.contains(target))) {
            return "link '" + link + "' leads to no file of the site";
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && ids.containsKey(target) && !ids.get(target).contains(fragment)) {
            return "link '" + link + "' names no element of " + target;
        }
        return null;
    }

    /** Resolves a relative path against the page's folder; null if it climbs out of the site. */
    static String resolve(String page, String path) {
        List<String> parts = new ArrayList<>(List.of(page.split("/")));
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
}
