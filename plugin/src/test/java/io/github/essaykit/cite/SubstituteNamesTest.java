package io.github.essaykit.cite;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A style whose substitutes parse their names once prints what citeproc-java prints, for works whose names are substituted. */
class SubstituteNamesTest {

    private static CSLName name(String family, String given) {
        return new CSLNameBuilder().family(family).given(given).build();
    }

    /** Works that reach each branch of the usual substitute lists: author, editor, translator, director, none at all. */
    private static List<CSLItemData> works() {
        List<CSLItemData> works = new ArrayList<>();
        works.add(new CSLItemDataBuilder().id("authored").type(CSLType.BOOK).author(name("Okafor", "Ada")).title("Tides")
                .issued(2001).publisher("Quay Press").build());
        works.add(new CSLItemDataBuilder().id("edited").type(CSLType.BOOK).editor(name("Marsh", "Ellen"), name("Vidal", "Rui"))
                .title("Harbour Papers").issued(1999).publisher("Quay Press").build());
        works.add(new CSLItemDataBuilder().id("translated").type(CSLType.BOOK).translator(name("Brandt", "Ola")).title("Sea Letters")
                .issued(2010).build());
        works.add(new CSLItemDataBuilder().id("directed").type(CSLType.MOTION_PICTURE).director(name("Lund", "Kai"))
                .title("Low Water").issued(2015).build());
        works.add(new CSLItemDataBuilder().id("anonymous").type(CSLType.ARTICLE_NEWSPAPER).title("Storm Closes the Port")
                .containerTitle("The Coast Herald").issued(1911, 3, 4).build());
        works.add(new CSLItemDataBuilder().id("chapter").type(CSLType.CHAPTER).containerAuthor(name("Hale", "Iris"))
                .title("A Chapter").containerTitle("Collected Shores").issued(2005).page("10-20").build());
        return works;
    }

    private static List<String> rendered(String style, boolean cached) throws Exception {
        CSL csl = new CSL(new ListItemDataProvider(works()), style);
        csl.setOutputFormat("html");
        if (cached) {
            SubstituteNames.cacheIn(csl);
        }
        List<String> out = new ArrayList<>();
        for (CSLItemData work : works()) {
            out.add(csl.makeCitation(work.getId()).get(0).getText());
        }
        csl.registerCitationItems(works().stream().map(CSLItemData::getId).toArray(String[]::new));
        out.addAll(List.of(csl.makeBibliography().getEntries()));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"chicago-author-date", "apa", "modern-language-association", "ieee", "chicago-notes-bibliography", "harvard-cite-them-right"})
    void theSameCitationsAndEntriesAsCiteproc(String style) throws Exception {
        List<String> theirs = rendered(style, false);
        assertThat(rendered(style, true)).isEqualTo(theirs);
        assertThat(String.join("\n", theirs)).contains("Marsh").contains("Brandt").contains("Storm Closes the Port");
    }

    @Test
    void everySubstituteOfTheStyleIsReplaced() throws Exception {
        CSL csl = new CSL(new ListItemDataProvider(works()), "chicago-author-date");
        SubstituteNames.cacheIn(csl);
        Field style = CSL.class.getDeclaredField("style");
        style.setAccessible(true);
        String parsed = describe(style.get(csl), new java.util.IdentityHashMap<>());
        assertThat(parsed.split(" ")).hasSize(7).containsOnly("Cached"); // the 7 <substitute> of chicago-author-date.csl
    }

    /** The class names of every substitute reachable from the parsed style, as {@link SubstituteNames} walks it. */
    private static String describe(Object node, java.util.IdentityHashMap<Object, Boolean> seen) throws Exception {
        if (node == null || seen.put(node, true) != null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        if (node instanceof java.util.Collection<?> c) {
            for (Object o : c) {
                out.append(describe(o, seen));
            }
            return out.toString();
        }
        if (node instanceof java.util.Map<?, ?> m) {
            for (Object o : m.values()) {
                out.append(describe(o, seen));
            }
            return out.toString();
        }
        if (node instanceof de.undercouch.citeproc.csl.internal.rendering.SSubstitute) {
            out.append(node.getClass().getSimpleName()).append(' ');
        }
        if (!node.getClass().getName().startsWith("de.undercouch.citeproc.csl.internal")) {
            return out.toString();
        }
        for (Class<?> t = node.getClass(); t != null && t.getName().startsWith("de.undercouch"); t = t.getSuperclass()) {
            for (Field f : t.getDeclaredFields()) {
                if (!java.lang.reflect.Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
                    f.setAccessible(true);
                    out.append(describe(f.get(node), seen));
                }
            }
        }
        return out.toString();
    }
}
