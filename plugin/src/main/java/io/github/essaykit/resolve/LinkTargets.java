package io.github.essaykit.resolve;

import java.util.Map;
import java.util.Set;

/**
 * What links may point at, over the whole site: each essay's slug with its title, summary and
 * the labelled or automatic ids its page will hold, and the other files of the source folder.
 */
public record LinkTargets(Map<String, Essay> essays, Set<String> files) {

    /** @param labels the essay's headings, figures, tables and equations by id, in page order ({@link Labels#byId}) */
    public record Essay(String slug, String title, String summary, Map<String, Label> labels) {}

    public LinkTargets {
        essays = Map.copyOf(essays);
        files = Set.copyOf(files);
    }
}
