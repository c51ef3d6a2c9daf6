package io.github.essaykit.publish;

import java.util.List;

/**
 * What the publishing formats say about one essay, from its front matter: the text as the author
 * wrote it (each format escapes it), {@code date} as ISO "2012", "2012-10" or "2012-10-16" (empty
 * when undated), {@code url} its absolute address (empty without a baseUrl), {@code siteTitle}
 * the site it appears on.
 */
public record EssayRecord(String key, String title, List<String> authors, String date, String summary, String lang,
        List<String> tags, String url, String siteTitle) {

    public EssayRecord {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
    }
}
