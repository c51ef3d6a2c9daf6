package io.github.essaykit.resolve;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
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

    /**
     * These targets with, of each essay, only the labels one of {@code links} names: what the
     * links resolve to is the same, and the site keeps no other label's excerpt.
     */
    public LinkTargets namedBy(List<EssayLinks.Checked> links) {
        Set<Label> named = Collections.newSetFromMap(new IdentityHashMap<>());
        links.forEach(checked -> checked.targets().forEach(target -> named.add(target.label())));
        Map<String, Essay> kept = new HashMap<>();
        essays.forEach((slug, essay) -> {
            Map<String, Label> labels = new LinkedHashMap<>();
            essay.labels().forEach((id, label) -> {
                if (named.contains(label)) {
                    labels.put(id, label);
                }
            });
            kept.put(slug, new Essay(slug, essay.title(), essay.summary(), labels.isEmpty() ? Map.of() : labels));
        });
        return new LinkTargets(kept, files);
    }
}
