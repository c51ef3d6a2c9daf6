package io.github.essaykit.resolve;

import io.github.essaykit.cite.BibliographyEntry;
import io.github.essaykit.cite.FormattedCitation;
import io.github.essaykit.markdown.Citation;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An essay's citations, formatted: each citation node with its text, its id on the page, and
 * the note it lives in; the essay's bibliography in the style's order; and for each source the
 * ids of the places that cite it, for the entry's back links.
 */
public record Citations(Map<Citation, Use> uses, List<BibliographyEntry> bibliography, Map<String, List<String>> backrefs) {

    /**
     * One citation: {@code id} is "cite-3" (or, when it became a note, the marker's id);
     * {@code note} the note it made, or null.
     */
    public record Use(String id, FormattedCitation formatted, Notes.Note note) {

        /**
         * The id of the place where the citation's {@code item}-th item (as written) stands: its
         * own link "cite-3-2" when the items are linked one by one, else the citation's id.
         */
        public String linkId(int item) {
            return note != null || item == 0 || formatted.links().isEmpty() ? id : id + "-" + (item + 1);
        }
    }

    public static final Citations NONE = new Citations(Map.of(), List.of(), Map.of());

    public Citations {
        uses = Collections.unmodifiableMap(new IdentityHashMap<>(uses));
        bibliography = List.copyOf(bibliography);
        backrefs = Collections.unmodifiableMap(new LinkedHashMap<>(backrefs));
    }

    public Use of(Citation citation) {
        return uses.get(citation);
    }
}
