package io.github.essaykit.site;

import io.github.essaykit.parallel.EssayPool;
import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.polish.Addresses;
import io.github.essaykit.polish.LinkCheck;
import io.github.essaykit.render.RenderedEssay;
import io.github.essaykit.sources.SourceLibrary;
import io.github.essaykit.sources.bibtex.BibTeXReader;
import io.github.essaykit.write.SiteOutput;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each source of the site bibliography gets a page of its own, listing every essay that
 * cites or lists it: {@code bibliography/<name>.html}. The bibliography page names only the
 * newest {@link #SHOWN} essays of each entry and links the rest, counted, here, so no page of
 * the site grows with the number of essays (at 100,000 essays each of 2,000 entries is cited in
 * some 750, and a page naming them all would be some 190 MB).
 */
final class SourcePages {

    /** The folder of the source pages. */
    static final String FOLDER = "bibliography/";
    /** The first part of what a page's address hashes ({@link #addressHash}). */
    private static final byte[] PAGE_KIND = "source page".getBytes(StandardCharsets.US_ASCII);

    /** How many essays citing (and, apart, listing) a source its bibliography entry names before "and N more". */
    static final int SHOWN = 20;

    private SourcePages() {}

    /**
     * Writes the page of each entry of the site bibliography and returns them as the link check
     * keeps them, in the entries' order. Each page is made in parallel and let go once written.
     *
     * @param citedIn for each entry id, the essays citing it, in index order (newest first)
     * @param listedIn for each entry id, the essays listing it without citing it
     * @param places where the entries' addresses were written ({@link EssayPages#bibliographyPlaces}), and their key
     */
    static List<LinkCheck.Page> write(EssayPool pool, SiteOutput site, Pages pages, PageKeys keys, BuildMemory memory,
            SourceLibrary library, List<RenderedEssay.RenderedSource> entries, Map<String, List<ParsedEssay>> citedIn,
            Map<String, List<ParsedEssay>> listedIn, EssayPages.Places places, Addresses kept) {
        return pool.map(entries, entry -> {
            String path = path(entry.key());
            List<ParsedEssay> citing = citedIn.getOrDefault(entry.id(), List.of());
            List<ParsedEssay> listing = listedIn.getOrDefault(entry.id(), List.of());
            // as text, without the marks the formatter reads ("{ggplot2}" had shown as "𝐀ggplot2" in the page's title)
            String title = library.find(entry.key()).map(s -> s.item().getTitle()).map(BibTeXReader::withoutMarks).filter(t -> !t.isBlank())
                    .orElse(entry.key());
            SitePages.Page page = memory.sitePages().page(path, () -> List.of(keys.sourcePage(entry, title, citing, listing), places.key()),
                    () -> pages.source(entry, title, citing, listing), places.byAddress(), memory.links(), kept);
            page.writeTo(site, path);
            return page.links();
        });
    }

    /**
     * The page of the source {@code key}: the key itself when it is lower-case letters, digits,
     * '-', '_' and '.' (not first), so the address reads as the key; any other key lower-cased
     * with other characters as '-', and 8 hex digits of its SHA-256 after, so that keys differing
     * in case only ({@code Smith} and {@code smith}) are two files on hosts that ignore case too.
     * Made from the key alone: a page keeps its address whatever else the site cites.
     */
    static String path(String key) {
        if (plain(key)) {
            return FOLDER + key + ".html";
        }
        StringBuilder name = new StringBuilder(key.length() + 9);
        for (int i = 0; i < key.length(); i++) {
            char c = Character.toLowerCase(key.charAt(i));
            name.append(c < 0x80 && (Character.isLetterOrDigit(c) || c == '_') ? c : '-');
        }
        return FOLDER + name.toString().toLowerCase(Locale.ROOT) + "-" + addressHash(key) + ".html";
    }

    /**
     * 8 hex digits of a SHA-256 of the key, framed as the first release's cache fingerprints were
     * (each part's length, big-endian, then its UTF-8): the caches now hash otherwise, and a
     * published address must not change with them.
     */
    private static String addressHash(String key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (byte[] part : new byte[][] {PAGE_KIND, key.getBytes(StandardCharsets.UTF_8)}) {
                sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(part.length).array());
                sha.update(part);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static boolean plain(String key) {
        if (key.isEmpty() || key.length() > 100 || key.charAt(0) == '.') {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.')) {
                return false;
            }
        }
        return true;
    }
}
