package io.github.essaykit.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import io.github.essaykit.cache.Blob;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An item read back is the item written: every item of every source file among the test
 * resources, and an item with every variable citeproc-java has set (found by reflection, so a
 * variable a later citeproc-java adds and {@link StoredItem} misses fails here).
 */
class StoredItemTest {

    @Test
    void everyItemOfEveryFixtureReadsBackEqual() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("src/test/resources"))) {
            files = walk.filter(f -> f.toString().matches(".*\\.(bib|bibtex|json|yaml|yml)$"))
                    .filter(f -> !f.getFileName().toString().startsWith("expected")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        int items = 0;
        for (Path file : files) {
            for (Source source : SourceLoader.create(file.getParent()).load(List.of(file)).library().sources()) {
                assertRoundTrip(source.item());
                items++;
            }
        }
        assertThat(items).isGreaterThan(400);
    }

    @Test
    void everyVariableOfAnItemAndItsNamesAndDatesReadsBack() throws Exception {
        CSLItemData full = everyVariableSet();
        List<Method> getters = getters(CSLItemData.class);
        assertThat(getters).hasSizeGreaterThan(95);
        for (Method getter : getters) {
            assertThat(getter.invoke(full)).as(getter.getName() + " is set").isNotNull();
        }
        CSLItemData back = assertRoundTrip(full);
        for (Method getter : getters) {
            assertThat(Objects.deepEquals(getter.invoke(back), getter.invoke(full))).as(getter.getName()).isTrue();
        }
        for (Method getter : getters(CSLName.class)) {
            assertThat(getter.invoke(full.getTranslator()[1])).as(getter.getName()).isNotNull()
                    .isEqualTo(getter.invoke(back.getTranslator()[1]));
        }
        for (Method getter : getters(CSLDate.class)) {
            assertThat(getter.invoke(full.getSubmitted())).as(getter.getName()).isNotNull();
            assertThat(Objects.deepEquals(getter.invoke(back.getSubmitted()), getter.invoke(full.getSubmitted()))).as(getter.getName()).isTrue();
        }
    }

    @Test
    void anEmptyItemAndUnsetNameAndDateFieldsStayUnset() {
        assertRoundTrip(new CSLItemDataBuilder().build());
        assertRoundTrip(new CSLItemDataBuilder().id("x").categories().author(new CSLNameBuilder().literal("Org").build())
                .issued(new CSLDateBuilder().raw("spring 2020").build()).accessed(new CSLDateBuilder().dateParts(new int[0][]).build()).build());
    }

    @Test
    void fieldsThatAreNotAnItemAreCorrupt() {
        Blob.Writer out = new Blob.Writer();
        StoredItem.write(out, new CSLItemDataBuilder().id("x").title("T").build());
        byte[] bytes = out.bytes();
        assertThatThrownBy(() -> StoredItem.read(new Blob.Reader(java.util.Arrays.copyOf(bytes, bytes.length - 6))))
                .isInstanceOf(Blob.Corrupt.class);
        byte[] unknown = new Blob.Writer().bool(false).bool(false).bool(false).integer(999).string("v").integer(-1).bytes();
        assertThatThrownBy(() -> StoredItem.read(new Blob.Reader(unknown))).isInstanceOf(Blob.Corrupt.class);
        byte[] type = new Blob.Writer().bool(false).bool(true).string("NOT_A_TYPE").bool(false).integer(-1).bytes();
        assertThatThrownBy(() -> StoredItem.read(new Blob.Reader(type))).isInstanceOf(Blob.Corrupt.class);
    }

    private static CSLItemData assertRoundTrip(CSLItemData item) {
        Blob.Writer out = new Blob.Writer();
        StoredItem.write(out, item);
        Blob.Reader in = new Blob.Reader(out.bytes());
        CSLItemData back = StoredItem.read(in);
        in.end();
        assertThat(back).isEqualTo(item);
        assertThat(json(back)).isEqualTo(json(item));
        return back;
    }

    private static String json(CSLItemData item) {
        return String.valueOf(item.toJson(new StringJsonBuilderFactory().createJsonBuilder()));
    }

    /** An item each of whose builder's setters was called with a value of its own. */
    private static CSLItemData everyVariableSet() throws Exception {
        CSLItemDataBuilder builder = new CSLItemDataBuilder();
        int set = 0;
        for (Method setter : CSLItemDataBuilder.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(setter.getModifiers()) || setter.getParameterCount() != 1) {
                continue;
            }
            Class<?> type = setter.getParameterTypes()[0];
            String name = setter.getName();
            Object value = type == String.class ? name + " \u00e9\u2014\uD83D\uDCD6"
                    : type == String[].class ? new String[] {name, ""}
                    : type == CSLType.class ? CSLType.ARTICLE_JOURNAL
                    : type == CSLName[].class ? new CSLName[] {new CSLNameBuilder().family(name).build(), name(name)}
                    : type == CSLDate.class ? date(name.length())
                    : null;
            if (value != null) {
                setter.invoke(builder, value);
                set++;
            }
        }
        assertThat(set).isGreaterThan(95); // id, type, categories, 65 texts, 26 names, 7 dates
        return builder.build();
    }

    /** A name with every field set: each builder setter called. */
    private static CSLName name(String seed) throws Exception {
        CSLNameBuilder builder = new CSLNameBuilder();
        boolean flag = false;
        for (Method setter : CSLNameBuilder.class.getDeclaredMethods()) {
            if (Modifier.isPublic(setter.getModifiers()) && setter.getParameterCount() == 1) {
                Class<?> type = setter.getParameterTypes()[0];
                flag = !flag;
                setter.invoke(builder, type == String.class ? seed + "-" + setter.getName() : flag);
            }
        }
        return builder.build();
    }

    private static CSLDate date(int seed) {
        return new CSLDateBuilder().dateParts(new int[] {2000 + seed, 3, 14}, new int[] {2001 + seed}).season("2").circa(true)
                .literal("about " + seed).raw("raw " + seed).build();
    }

    /** The instance getters a class declares. */
    private static List<Method> getters(Class<?> type) {
        return Stream.of(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
                        && m.getName().startsWith("get"))
                .toList();
    }
}
