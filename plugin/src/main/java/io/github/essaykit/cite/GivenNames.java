package io.github.essaykit.cite;

import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import io.github.essaykit.sources.SourceLibrary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Given names added to tell apart different people of the same family name in citations
 * ("C. Brown 2001; A. Brown 2005", "John Smith 2010; Jane Smith 2012"), as a style's
 * {@code disambiguate-add-givenname} with a global {@code givenname-disambiguation-rule} asks and
 * citeproc-java 3.5.2 does not do. Only the first name of each source is disambiguated (the
 * primary-name rules; all-names is treated alike). Initials come first; the "-with-initials" rules
 * stop there (initials that do not tell two people apart are left out, as pandoc does), the
 * others write the full given name. Like year suffixes, assigned over every source the site cites.
 * The by-cite rule (the default) compares rendered cites: it is applied per essay to the cites
 * that render alike ({@link #byCite}).
 */
final class GivenNames {

    private GivenNames() {}

    /** @return for each key whose first name needs it, its names with that one written out in full (a literal) */
    static Map<String, CSLName[]> assign(List<String> keys, SourceLibrary library, String rule, String initializeWith) {
        Map<String, CSLName[]> result = new LinkedHashMap<>();
        if (rule.isEmpty() || rule.equals("by-cite")) {
            return result;
        }
        boolean initialsOnly = rule.endsWith("with-initials");
        String initialize = initializeWith == null ? ". " : initializeWith;
        Map<String, Set<List<String>>> people = new LinkedHashMap<>();
        for (String key : keys) {
            CSLName first = first(library, key);
            if (first != null) {
                people.computeIfAbsent(family(first), f -> new LinkedHashSet<>()).add(person(first));
            }
        }
        for (String key : keys) {
            CSLName[] names = names(library, key);
            CSLName first = first(library, key);
            if (first == null || people.get(family(first)).size() < 2) {
                continue;
            }
            String initials = initials(first.getGiven(), initialize);
            boolean initialsDiffer = people.get(family(first)).stream()
                    .filter(p -> !p.equals(person(first)))
                    .noneMatch(p -> initials(p.get(1), initialize).equals(initials));
            String given = initialsDiffer || initialsOnly ? (initialsDiffer ? initials : null) : first.getGiven();
            if (given == null || given.isBlank()) {
                continue;
            }
            result.put(key, hinted(names, initialsDiffer, initialize));
        }
        return result;
    }

    /**
     * The by-cite rule, as pandoc's name hints: within each group of keys whose cites render alike,
     * a first name that shares its family name with another person's in the group gets its
     * initials ("C. Brown", "D. Brown"), or its full given name when the initials are alike too.
     *
     * @return key → true for initials, false for the full given name
     */
    static Map<String, Boolean> byCite(Collection<Set<String>> groups, SourceLibrary library, String initializeWith) {
        String initialize = initializeWith == null ? ". " : initializeWith;
        Map<String, Boolean> hints = new LinkedHashMap<>();
        for (Set<String> group : groups) {
            for (String key : group) {
                CSLName first = first(library, key);
                if (first == null) {
                    continue;
                }
                List<CSLName> namesakes = group.stream().map(k -> first(library, k))
                        .filter(n -> n != null && family(n).equals(family(first)) && !person(n).equals(person(first))).toList();
                if (!namesakes.isEmpty()) {
                    String initials = initials(first.getGiven(), initialize);
                    hints.put(key, namesakes.stream().noneMatch(n -> initials(n.getGiven(), initialize).equals(initials)));
                }
            }
        }
        return hints;
    }

    /** A source's names with the first written out as the hint says, as one literal: "C. Brown" or "Carol Brown". */
    static CSLName[] hinted(CSLName[] names, boolean initials, String initializeWith) {
        CSLName first = names[0];
        String given = initials ? initials(first.getGiven(), initializeWith == null ? ". " : initializeWith) : first.getGiven();
        CSLName[] changed = names.clone();
        changed[0] = new CSLNameBuilder().literal(given + " " + family(first)).build();
        return changed;
    }

    private static CSLName[] names(SourceLibrary library, String key) {
        var item = library.find(key).map(s -> s.item()).orElse(null);
        if (item == null) {
            return null;
        }
        return item.getAuthor() != null && item.getAuthor().length > 0 ? item.getAuthor() : item.getEditor();
    }

    private static CSLName first(SourceLibrary library, String key) {
        CSLName[] names = names(library, key);
        if (names == null || names.length == 0 || names[0].getFamily() == null || names[0].getGiven() == null
                || names[0].getGiven().isBlank()) {
            return null;
        }
        return names[0];
    }

    /** The family name as a short form prints it: with a non-dropping particle ("van Gogh"). */
    private static String family(CSLName name) {
        String particle = name.getNonDroppingParticle();
        return (particle == null || particle.isBlank() ? "" : particle + " ") + name.getFamily();
    }

    private static List<String> person(CSLName name) {
        return List.of(family(name), Objects.toString(name.getGiven(), ""));
    }

    /** "Charles Robert" → "C. R.", "Jean-Paul" → "J.-P." with initialize-with ". ". */
    static String initials(String given, String initializeWith) {
        List<String> parts = new ArrayList<>();
        for (String word : given.trim().split("\\s+")) {
            StringBuilder part = new StringBuilder();
            String[] pieces = word.split("-");
            for (int i = 0; i < pieces.length; i++) {
                if (pieces[i].isEmpty()) {
                    continue;
                }
                if (i > 0) {
                    part.append('-');
                }
                part.append(pieces[i].codePoints().limit(1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                        StringBuilder::append)).append(initializeWith.strip());
            }
            parts.add(part.toString());
        }
        return String.join(initializeWith.endsWith(" ") ? " " : "", parts);
    }
}
