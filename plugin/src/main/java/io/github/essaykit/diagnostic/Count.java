package io.github.essaykit.diagnostic;

import java.util.Locale;

/** A number with its noun, singular or plural, digits grouped: "1 essay", "199,996 sources". */
public final class Count {

    private Count() {}

    /** {@code noun} is the singular; every noun essaykit counts takes a plain "s". */
    public static String of(long n, String noun) {
        return String.format(Locale.ROOT, "%,d", n) + " " + noun + (n == 1 ? "" : "s");
    }
}
