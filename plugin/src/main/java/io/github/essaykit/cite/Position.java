package io.github.essaykit.cite;

/** A cite's CSL position, which citeproc-java 3.5.2 does not track: we compute it, as pandoc does. */
enum Position {
    FIRST,
    SUBSEQUENT,
    IBID,
    IBID_WITH_LOCATOR;

    /** Whether a CSL {@code position="..."} test holds (each listed name tested, any may hold). */
    boolean satisfies(String test) {
        return switch (test) {
            case "first" -> this == FIRST;
            case "subsequent" -> this != FIRST;
            case "ibid" -> this == IBID || this == IBID_WITH_LOCATOR;
            case "ibid-with-locator" -> this == IBID_WITH_LOCATOR;
            default -> false; // near-note and unknown tests: never
        };
    }
}
