package io.github.essaykit.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A value's fingerprint tells values apart that their {@code toString} confuses, and equal values agree. */
class FingerprintTest {

    private record Card(String slug, String title, Optional<LocalDate> date, List<String> tags) {}

    private static String print(Object value) {
        return Fingerprint.start("test").value(value).hex();
    }

    @Test
    void equalValuesGiveOneFingerprint() {
        Card card = new Card("a", "A", Optional.of(LocalDate.of(2026, 12, 3)), List.of("x", "y"));
        Card same = new Card("a", "A", Optional.of(LocalDate.parse("2026-12-03")), List.of("x", "y"));
        assertThat(print(List.of(1, card))).isEqualTo(print(List.of(1, same)));
    }

    @Test
    void partsThatReadAlikeAsTextDiffer() {
        // a title holding the list's own punctuation
        assertThat(List.of("a, b", "c").toString()).isEqualTo(List.of("a", "b, c").toString());
        assertThat(print(List.of("a, b", "c"))).isNotEqualTo(print(List.of("a", "b, c")));
        // a number and its digits as a string, null and "null", an empty Optional and a missing one
        assertThat(print(List.of(1))).isNotEqualTo(print(List.of("1")));
        assertThat(print(new Card("a", null, Optional.empty(), List.of()))).isNotEqualTo(print(new Card("a", "null", Optional.empty(), List.of())));
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", "b=c");
        Map<String, Object> ac = new LinkedHashMap<>();
        ac.put("a=b", "c");
        assertThat(ab.toString()).isEqualTo(ac.toString());
        assertThat(print(ab)).isNotEqualTo(print(ac));
        // every field of a record counts
        assertThat(print(new Card("a", "A", Optional.empty(), List.of("x"))))
                .isNotEqualTo(print(new Card("a", "A", Optional.empty(), List.of("y"))));
    }

    @Test
    void isTheMurmur3OfTheLengthPrefixedParts() throws Exception {
        List<byte[]> parts = new java.util.ArrayList<>();
        java.util.Random random = new java.util.Random(42);
        for (int length : new int[] {0, 1, 3, 100, 20, 1_000, 1_020, 1_021, 4_000, 2, 70_000, 5}) { // around the buffer's sizes
            byte[] part = new byte[length];
            random.nextBytes(part);
            parts.add(part);
        }
        for (int i = 0; i < 3_000; i++) {
            parts.add(("part " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        java.io.ByteArrayOutputStream framed = new java.io.ByteArrayOutputStream();
        Fingerprint print = Fingerprint.start("kind");
        for (byte[] part : java.util.stream.Stream.concat(java.util.stream.Stream.of("kind".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                parts.stream()).toList()) {
            framed.write(java.nio.ByteBuffer.allocate(4).putInt(part.length).array()); // big-endian
            framed.write(part);
        }
        parts.forEach(print::add);
        assertThat(print.hex()).isEqualTo(com.google.common.hash.Hashing.murmur3_128().hashBytes(framed.toByteArray()).toString())
                .hasSize(32);
    }

    @Test
    void aTextPartIsItsUtf8Bytes() {
        // ASCII is written into the buffer as it is read, other text encoded: the two must agree
        List<String> texts = new java.util.ArrayList<>(List.of("", "a", "essay-000042", "café", "é at the start",
                "a Greek α in the middle", "CJK 文 and an emoji \uD83D\uDCDA", "ends with ß"));
        for (int length : new int[] {1_015, 1_016, 1_019, 1_020, 1_021, 5_000}) { // around the buffer's size
            texts.add("x".repeat(length));
            texts.add("x".repeat(length - 1) + "é");
            texts.add("é" + "x".repeat(length - 1));
        }
        Fingerprint asText = Fingerprint.start("kind");
        Fingerprint asBytes = Fingerprint.start("kind");
        for (int round = 0; round < 3; round++) { // after other parts too, so each lands at another place in the buffer
            for (String text : texts) {
                asText.add(text);
                asBytes.add(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            asText.add((String) null);
            asBytes.add(new byte[] {(byte) 0xff});
        }
        assertThat(asText.hex()).isEqualTo(asBytes.hex());
        assertThat(Fingerprint.start("kind").add("café").hex()).isNotEqualTo(Fingerprint.start("kind").add("cafe").hex());
    }

    @Test
    void refusesWhatItCannotWalk() {
        assertThatThrownBy(() -> print(List.of(new Object()))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Object");
    }

    /**
     * A map of Map.copyOf iterates in an order salted anew in each JVM: a key printed from one
     * would differ from build to build (an essay's front matter held its fields' lines so, and
     * every index page was made again after every edit). A sorted or ordered map is walked.
     */
    @Test
    void refusesAMapWhoseOrderChangesFromRunToRun() {
        Map<String, Integer> lines = new java.util.TreeMap<>(Map.of("title", 2, "date", 3, "tags", 4));
        assertThatThrownBy(() -> print(Map.copyOf(lines))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("order changes from run to run");
        assertThat(print(lines)).isEqualTo(print(new java.util.LinkedHashMap<>(lines)));
        assertThat(print(Map.of("title", 2))).as("one entry has one order").isEqualTo(print(new java.util.TreeMap<>(Map.of("title", 2))));
    }
}
