package io.github.essaykit.cite;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.helper.AlphanumComparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The same sign as citeproc-java's AlphanumComparator, which sorted bibliographies before. */
class AlphanumCollationTest {

    /** Pieces sort keys are made of: names with accents and particles, years, volumes, long and zero-padded numbers. */
    private static final String[] PIECES = {"", " ", "a", "A", "b", "é", "e", "E", "ß", "ss", "ø", "Ø", "van ", "de la ", "O’", "O'",
        "Ł", "z", "Ž", "ǆ", "中", "ا", "٣", "-", ".", ",", "0", "00", "7", "007", "9", "10", "1999", "2001", "123456789",
        "1234567890", "99999999999999999999", "2001a", "vol. ", "Smith", "smith", "Smíth", "Müller", "Mueller", "Æsop", "Aesop"};

    @Test
    void everyPairComparesAsCiteprocDoesInSeveralLanguages() {
        Random random = new Random(42);
        List<String> strings = new ArrayList<>(List.of(PIECES));
        for (int i = 0; i < 600; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(6); n > 0; n--) {
                s.append(PIECES[random.nextInt(PIECES.length)]);
            }
            strings.add(s.toString());
        }
        int differing = 0;
        for (Locale locale : List.of(Locale.US, Locale.GERMANY, new Locale("da", "DK"), new Locale("pl"), new Locale("tr"))) {
            AlphanumComparator theirs = new AlphanumComparator(locale);
            AlphanumCollation ours = new AlphanumCollation(locale);
            for (String a : strings) {
                for (String b : strings) {
                    int expected = Integer.signum(theirs.compare(a, b));
                    assertThat(Integer.signum(ours.compare(a, b))).as("%s: '%s' against '%s'", locale, a, b).isEqualTo(expected);
                    differing += expected == 0 ? 0 : 1;
                }
            }
        }
        assertThat(differing).isGreaterThan(1_500_000); // most of the 5 × 646² pairs are told apart, not all found equal
    }
}
