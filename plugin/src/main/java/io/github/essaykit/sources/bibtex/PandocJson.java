package io.github.essaykit.sources.bibtex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code pandoc -t csljson} does to an item on its way out, beyond the reading: each name
 * goes through citeproc's {@code extractParticles} (a lower-case "van" or "d’" in the family name
 * becomes a non-dropping particle) and a literal date ({@code year = {forthcoming}}) loses its
 * text. pandoc's own formatting ({@code --citeproc}) sees neither, so the formatter does not.
 */
final class PandocJson {

    private PandocJson() {}

    static Map<String, Object> written(Map<String, Object> item) {
        Map<String, Object> out = new LinkedHashMap<>();
        item.forEach((name, value) -> {
            if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?>) {
                List<Object> names = new ArrayList<>();
                for (Object n : list) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> person = (Map<String, Object>) n;
                    names.add(extractParticles(person));
                }
                out.put(name, names);
            } else if (value instanceof Map<?, ?> date && date.containsKey("literal")) {
                out.put(name, Map.of("date-parts", List.of()));
            } else {
                out.put(name, value);
            }
        });
        return out;
    }

    private static Map<String, Object> extractParticles(Map<String, Object> name) {
        Map<String, Object> out = new LinkedHashMap<>(name);
        if (!out.containsKey("non-dropping-particle") && out.get("family") instanceof String family) {
            List<String> words = List.of(family.split(" +"));
            int particles = 0;
            while (particles < words.size() && isParticle(words.get(particles))) {
                particles++;
            }
            if (particles == 0) {
                String[] parts = family.split("['’\\-–.]", -1);
                if (parts.length == 2 && isParticle(parts[0])) {
                    char punct = family.charAt(parts[0].length());
                    out.put("family", parts[1]);
                    out.put("non-dropping-particle", parts[0] + punct);
                }
            } else if (particles < words.size()) {
                out.put("family", String.join(" ", words.subList(particles, words.size())));
                out.put("non-dropping-particle", String.join(" ", words.subList(0, particles)));
            }
        }
        if (!out.containsKey("dropping-particle") && out.get("given") instanceof String given) {
            List<String> words = List.of(given.split(" +"));
            int first = 0;
            while (first < words.size() && !isParticle(words.get(first))) {
                first++;
            }
            if (first > 0 && first < words.size()
                    && words.subList(first, words.size()).stream().allMatch(PandocJson::isParticle)) {
                out.put("given", String.join(" ", words.subList(0, first)));
                out.put("dropping-particle", String.join(" ", words.subList(first, words.size())));
            }
        }
        return out;
    }

    private static boolean isParticle(String word) {
        return word.codePoints().allMatch(c -> Character.getType(c) == Character.LOWERCASE_LETTER
                || c == '\'' || c == '’' || c == '-' || c == '–' || c == '.');
    }
}
