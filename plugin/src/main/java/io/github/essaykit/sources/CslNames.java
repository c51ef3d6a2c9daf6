package io.github.essaykit.sources;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSL-JSON name as citeproc (pandoc 2.17) reads it: straight apostrophes made typographic
 * ({@code O'Brien} → {@code O’Brien}), a comma in the given name starting a suffix
 * ({@code "John, Jr."}), lower-case words before the family name a non-dropping particle
 * ({@code "de la Cruz"} → {@code de la} + {@code Cruz}; {@code "d'Alembert"} → {@code d'} +
 * {@code Alembert}) and after the given name a dropping one ({@code "Ludwig van"}). Double quotes
 * around a part keep it whole and are removed. A part given explicitly is left alone.
 */
final class CslNames {

    private static final List<String> PARTS = List.of("family", "given", "dropping-particle", "non-dropping-particle",
            "suffix", "literal");

    private CslNames() {}

    /** A name written as a JSON object, with its particles and suffix split off as citeproc splits them. */
    static Map<String, Object> read(Map<?, ?> raw) {
        Map<String, Object> name = new LinkedHashMap<>();
        raw.forEach((k, v) -> name.put(String.valueOf(k), PARTS.contains(String.valueOf(k)) && v instanceof String s
                ? s.replace('\'', '’') : v));
        return particles(name);
    }

    /** A name in a note, {@code Family || Given} (apostrophes are kept as written there). */
    static Map<String, Object> cheater(String text) {
        Map<String, Object> name = new LinkedHashMap<>();
        String[] parts = text.split("\\|\\|", -1);
        name.put("family", parts[0].strip());
        if (parts.length > 1) {
            name.put("given", parts[1].strip());
        }
        return particles(name);
    }

    private static Map<String, Object> particles(Map<String, Object> name) {
        suffix(name);
        droppingParticle(name);
        nonDroppingParticle(name);
        return name;
    }

    private static void suffix(Map<String, Object> name) {
        if (name.containsKey("suffix") || !(name.get("given") instanceof String given)) {
            return;
        }
        if (given.length() >= 2 && given.startsWith("\"") && given.endsWith("\"")) {
            name.put("given", given.substring(1, given.length() - 1));
            return;
        }
        int comma = given.indexOf(',');
        if (comma <= 0) {
            return;
        }
        String after = given.substring(comma + 1);
        name.put("given", given.substring(0, comma));
        if (after.startsWith("!")) {
            name.put("suffix", after.substring(1).strip());
            name.put("comma-suffix", true);
        } else {
            name.put("suffix", after.strip());
        }
    }

    private static void droppingParticle(Map<String, Object> name) {
        if (name.containsKey("dropping-particle") || !(name.get("given") instanceof String given)) {
            return;
        }
        List<String> words = words(given);
        int first = 0;
        while (first < words.size() && !particle(words.get(first))) {
            first++;
        }
        if (first == 0 || first == words.size()) {
            return;
        }
        List<String> rest = words.subList(first, words.size());
        if (rest.stream().allMatch(CslNames::particle)) {
            name.put("given", String.join(" ", words.subList(0, first)));
            name.put("dropping-particle", String.join(" ", rest));
        }
    }

    private static void nonDroppingParticle(Map<String, Object> name) {
        if (name.containsKey("non-dropping-particle") || !(name.get("family") instanceof String family)) {
            return;
        }
        if (family.length() >= 2 && family.startsWith("\"") && family.endsWith("\"")) {
            name.put("family", family.substring(1, family.length() - 1));
            return;
        }
        List<String> words = words(family);
        int particles = 0;
        while (particles < words.size() && particle(words.get(particles))) {
            particles++;
        }
        if (particles == 0) {
            // one word glued to its particle by punctuation: d'Alembert, al-Farabi
            String[] pieces = family.split("['’\\-\u2013.]", -1);
            if (pieces.length == 2 && particle(pieces[0])) {
                int mark = pieces[0].length();
                name.put("family", pieces[1]);
                name.put("non-dropping-particle", pieces[0] + family.charAt(mark));
            }
        } else if (particles < words.size()) {
            name.put("family", String.join(" ", words.subList(particles, words.size())));
            name.put("non-dropping-particle", String.join(" ", words.subList(0, particles)));
        }
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split("(?U)\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    /** Haskell's {@code T.all isParticleChar}: true of the empty word too. */
    private static boolean particle(String word) {
        return word.chars().allMatch(c -> Character.isLowerCase(c) || "'’-\u2013.".indexOf(c) >= 0);
    }
}
