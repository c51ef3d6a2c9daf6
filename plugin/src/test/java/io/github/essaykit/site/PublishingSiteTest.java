package io.github.essaykit.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;
import io.github.essaykit.sources.LoadedSources;
import io.github.essaykit.sources.Source;
import io.github.essaykit.sources.SourceLibrary;
import io.github.essaykit.sources.SourceLoader;
import io.github.essaykit.sources.bibtex.BibTeXReader;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What an essay page offers reference managers and feed readers, read back the way they read it:
 * Highwire {@code citation_*} tags, JSON-LD and COinS that parse and list exactly the essay's
 * sources (hostile values included), the .bib/CSL-JSON/RIS downloads read back to the same
 * items, "cite this essay", and with a baseUrl the feed and sitemap, valid against their
 * schemas and listing every published essay and no draft; without a baseUrl none of the
 * address-bound output, and one note saying why.
 */
class PublishingSiteTest {

    /** A title that would end a script element and open a comment, with quotes and an ampersand. */
    static final String HOSTILE_TITLE = "</script><script>alert(1)</script> <!-- \"Q\" & 'A' \u2028";
    /** The title as every page, tag and feed shows it: with pandoc's smart punctuation, as in the essay's heading. */
    static final String SHOWN_TITLE = "</script><script>alert(1)</script> <!– “Q” & ‘A’";
    static final String SHOWN_SUMMARY = "A summary with </script> and “quotes” & more.";

    static final String BIB = """
            @book{allison1971,
              author = {Allison, Graham T.},
              title = {Essence of Decision: Explaining the {Cuban} Missile Crisis},
              publisher = {Little, Brown},
              location = {Boston},
              date = {1971},
              isbn = {978-0-316-03436-8},
            }
            @article{hostile,
              author = {family=Gogh, given=Vincent, prefix=van, useprefix=true and {Acme </script> \\& Sons}},
              title = {</script><script>alert(2)</script>; a; b="c" & {eBay}},
              journaltitle = {Journal of "Quotes"},
              volume = {4},
              number = {2},
              pages = {10--20},
              date = {2001-05},
              doi = {10.1000/x;y},
              url = {https://example.org/a?b=1&c=</script>},
            }
            @incollection{chapter,
              author = {M\\"uller, J\\"urgen},
              title = {Ein Kapitel},
              booktitle = {Das Buch},
              publisher = {Verlag},
              date = {1999},
              pages = {1--9},
              langid = {german},
            }
            @online{draftonly,
              title = {Cited only by the draft},
              url = {https://example.org/draft},
              date = {2020},
            }
            """;

    @TempDir
    Path dir;
    Path src;

    @BeforeEach
    void essays() throws Exception {
        src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("sources.bib"), BIB);
        Files.writeString(src.resolve("a.md"), """
                ---
                title: 'TITLE'
                author: [Jane Doe, "Max van der Berg"]
                date: 2012-10-16
                summary: 'A summary with </script> and "quotes" & more.'
                tags: [cold war, "<b>x</b>"]
                ---
                Cited [@allison1971; @hostile, 12].
                """.replace("TITLE", HOSTILE_TITLE.replace("'", "''")));
        Files.createDirectories(src.resolve("notes"));
        Files.writeString(src.resolve("notes/b essay.md"), """
                ---
                title: Second
                date: 2013-02
                ---
                Cited [@chapter] and [@allison1971].
                """);
        Files.writeString(src.resolve("draft.md"), """
                ---
                title: A draft
                date: 2014-01-01
                draft: true
                ---
                Cited [@draftonly].
                """);
    }

    private BuildResult build(String baseUrl, Path out) {
        return build(baseUrl, out, 0);
    }

    private BuildResult build(String baseUrl, Path out, int threads) {
        BuildResult result = SiteBuilder.build(SiteConfig.builder(src, out).baseUrl(baseUrl).siteTitle("Site & <Co>")
                .threads(threads).build());
        assertThat(result.diagnostics().errors()).isEmpty();
        return result;
    }

    private SourceLibrary library() {
        return SourceLoader.create(src).load(List.of(src.resolve("sources.bib"))).library();
    }

    // ---------- Highwire, JSON-LD, COinS ----------

    @Test
    void highwireTagsNameTheEssayAndExactlyItsSources() throws Exception {
        Path out = dir.resolve("out");
        build("https://example.org/essays", out);
        Document page = Jsoup.parse(out.resolve("a.html"));
        assertThat(metas(page, "citation_title")).containsExactly(SHOWN_TITLE);
        assertThat(metas(page, "citation_author")).containsExactly("Jane Doe", "Max van der Berg");
        assertThat(metas(page, "citation_publication_date")).containsExactly("2012/10/16");
        assertThat(metas(page, "citation_abstract_html_url")).containsExactly("https://example.org/essays/a.html");

        List<Map<String, List<String>>> references = metas(page, "citation_reference").stream()
                .map(PublishingSiteTest::highwireReference).toList();
        SourceLibrary library = library();
        assertThat(references).extracting(r -> r.get("citation_title").get(0)).containsExactly(
                plainTitle(library, "allison1971"), plainTitle(library, "hostile").replace(';', ','));
        Map<String, List<String>> hostile = references.get(1);
        assertThat(hostile.get("citation_author")).containsExactly("Vincent van Gogh", "Acme </script> & Sons");
        assertThat(hostile.get("citation_journal_title")).containsExactly("Journal of \"Quotes\"");
        assertThat(hostile.get("citation_firstpage")).containsExactly("10");
        assertThat(hostile.get("citation_lastpage")).containsExactly("20");
        assertThat(hostile.get("citation_publication_date")).containsExactly("2001/05");
        assertThat(hostile.get("citation_doi")).containsExactly("10.1000/x,y");
        assertThat(references.get(0).get("citation_isbn")).containsExactly("978-0-316-03436-8");
    }

    /** Highwire's reference format: "citation_x=value" pairs joined by "; ", each name a Highwire tag. */
    static Map<String, List<String>> highwireReference(String content) {
        Set<String> tags = Set.of("citation_title", "citation_author", "citation_journal_title", "citation_inbook_title",
                "citation_conference_title", "citation_publisher", "citation_publication_date", "citation_volume",
                "citation_issue", "citation_firstpage", "citation_lastpage", "citation_doi", "citation_isbn",
                "citation_issn", "citation_public_url");
        Map<String, List<String>> pairs = new LinkedHashMap<>();
        for (String pair : content.split("; ")) {
            int eq = pair.indexOf('=');
            assertThat(eq).as("a name=value pair: " + pair).isPositive();
            assertThat(tags).as("a Highwire tag").contains(pair.substring(0, eq));
            pairs.computeIfAbsent(pair.substring(0, eq), k -> new ArrayList<>()).add(pair.substring(eq + 1));
        }
        return pairs;
    }

    @Test
    void jsonLdIsOneInertScriptThatParsesToTheArticleAndItsCitations() throws Exception {
        Path out = dir.resolve("out");
        build("https://example.org/essays/", out);
        String html = Files.readString(out.resolve("a.html"));
        Document page = Jsoup.parse(html);
        assertThat(page.select("script:not([src])")).hasSize(1);
        Element script = page.selectFirst("script[type=application/ld+json]");
        assertThat(script).isNotNull();
        assertThat(script.data()).doesNotContain("<", ">");
        Map<String, Object> article = new JsonParser(new JsonLexer(new StringReader(script.data()))).parseObject();
        assertThat(article.get("@type")).isEqualTo("ScholarlyArticle");
        assertThat(article.get("headline")).isEqualTo(SHOWN_TITLE);
        assertThat(article.get("description")).isEqualTo(SHOWN_SUMMARY);
        assertThat(article.get("url")).isEqualTo("https://example.org/essays/a.html");
        List<Object> citations = new ArrayList<>((List<?>) article.get("citation"));
        SourceLibrary library = library();
        assertThat(citations.stream().map(c -> String.valueOf(((Map<?, ?>) c).get("name"))).toList()).containsExactly(plainTitle(library, "allison1971"), plainTitle(library, "hostile"));
        Map<?, ?> hostile = (Map<?, ?>) citations.get(1);
        assertThat(hostile.get("@type")).isEqualTo("ScholarlyArticle");
        assertThat(hostile.get("sameAs")).isEqualTo("https://doi.org/10.1000/x;y");
        assertThat(hostile.get("url")).isEqualTo("https://example.org/a?b=1&c=</script>");
    }

    @Test
    void coinsSpansAreOpenUrlsOfExactlyTheEssaysSources() throws Exception {
        Path out = dir.resolve("out");
        build("", out);
        Document page = Jsoup.parse(out.resolve("notes/b essay.html"));
        List<Map<String, List<String>>> coins = page.select("span.Z3988").stream()
                .map(span -> kev(span.attr("title"))).toList();
        SourceLibrary library = library();
        assertThat(coins).hasSize(2);
        Map<String, List<String>> byTitle = new TreeMap<>();
        for (Map<String, List<String>> each : coins) {
            assertThat(each.get("ctx_ver")).containsExactly("Z39.88-2004");
            String format = each.get("rft_val_fmt").get(0);
            assertThat(format).isIn("info:ofi/fmt:kev:mtx:book", "info:ofi/fmt:kev:mtx:journal", "info:ofi/fmt:kev:mtx:dc");
            String title = each.containsKey("rft.atitle") ? each.get("rft.atitle").get(0) : each.get("rft.btitle").get(0);
            byTitle.put(title, each.get("rft.genre"));
        }
        assertThat(byTitle).containsOnlyKeys(plainTitle(library, "chapter"), plainTitle(library, "allison1971"));
        assertThat(byTitle.get(plainTitle(library, "chapter"))).containsExactly("bookitem");
        Map<String, List<String>> chapter = coins.stream().filter(c -> c.containsKey("rft.atitle")).findFirst().orElseThrow();
        assertThat(chapter.get("rft.btitle")).containsExactly("Das Buch");
        assertThat(chapter.get("rft.aulast")).containsExactly("Müller");
        assertThat(chapter.get("rft.spage")).containsExactly("1");
        assertThat(chapter.get("rft.epage")).containsExactly("9");
    }

    /** An OpenURL KEV: '&'-separated key=value, each percent-decoded (application/x-www-form-urlencoded). */
    static Map<String, List<String>> kev(String text) {
        Set<String> keys = Set.of("ctx_ver", "rft_val_fmt", "rft_id", "rft.genre", "rft.atitle", "rft.btitle", "rft.jtitle",
                "rft.title", "rft.aulast", "rft.aufirst", "rft.au", "rft.aucorp", "rft.creator", "rft.date", "rft.volume",
                "rft.issue", "rft.spage", "rft.epage", "rft.pages", "rft.pub", "rft.place", "rft.edition", "rft.series",
                "rft.isbn", "rft.issn", "rft.type", "rft.source", "rft.publisher");
        Map<String, List<String>> pairs = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            String key = pair.substring(0, eq);
            assertThat(keys).as("a Z39.88 KEV key").contains(key);
            assertThat(pair.substring(eq + 1)).as("percent-encoded").doesNotContain(" ", "&", "=");
            pairs.computeIfAbsent(key, k -> new ArrayList<>()).add(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return pairs;
    }

    // ---------- downloads and cite this essay ----------

    @Test
    void downloadsReadBackToExactlyTheEssaysSources() throws Exception {
        Path out = dir.resolve("out");
        build("", out);
        Document page = Jsoup.parse(out.resolve("a.html"));
        List<String> hrefs = page.select(".downloads a[download]").eachAttr("href");
        assertThat(hrefs).containsExactly("downloads/sources/a.bib", "downloads/sources/a.json", "downloads/sources/a.ris");
        SourceLibrary library = library();
        List<String> keys = List.of("allison1971", "hostile");

        SourceLibrary bib = reread(out.resolve("downloads/sources/a.bib"));
        assertThat(bib.keys()).containsExactlyElementsOf(keys);
        for (String key : keys) {
            assertThat(json(bib.expect(key))).isEqualTo(json(library.expect(key)));
        }
        SourceLibrary csl = reread(out.resolve("downloads/sources/a.json"));
        assertThat(csl.keys()).containsExactlyElementsOf(keys);
        // CSL-JSON keeps no case protection, and its text is rich text (a .bib's straight "c" reads back “c”, as in
        // pandoc and citeproc-js): the reader's mark and the quotes are all that differ
        for (String key : keys) {
            assertThat(json(csl.expect(key))).isEqualTo(asCslJsonReads(withoutMarks(json(library.expect(key)))));
        }
        List<List<String[]>> ris = ris(Files.readString(out.resolve("downloads/sources/a.ris")));
        assertThat(ris).extracting(r -> value(r, "ID")).containsExactlyElementsOf(keys);
        assertThat(ris).extracting(r -> value(r, "TY")).containsExactly("BOOK", "JOUR");
        assertThat(value(ris.get(1), "DO")).isEqualTo("10.1000/x;y");
        assertThat(value(ris.get(1), "SP") + "-" + value(ris.get(1), "EP")).isEqualTo("10-20");
        assertThat(value(ris.get(1), "DA")).isEqualTo("2001/05//");
        assertThat(ris.get(1).stream().filter(l -> l[0].equals("AU")).map(l -> l[1]).toList())
                .containsExactly("van Gogh, Vincent", "Acme </script> & Sons");

        Document bibliography = Jsoup.parse(out.resolve("bibliography.html"));
        assertThat(bibliography.select(".downloads a[download]").eachAttr("href"))
                .containsExactly("downloads/sources.bib", "downloads/sources.json", "downloads/sources.ris");
        assertThat(reread(out.resolve("downloads/sources.bib")).keys())
                .containsExactlyInAnyOrder("allison1971", "hostile", "chapter");
        assertThat(bibliography.select("span.Z3988")).hasSize(3);
    }

    /** RIS records: every line "XX  - value" with a tag of the RIS specification, TY first, ER last. */
    static List<List<String[]>> ris(String text) {
        Set<String> tags = Set.of("TY", "ID", "AU", "A2", "A3", "A4", "TI", "ST", "T2", "J2", "T3", "PY", "DA", "Y2", "VL",
                "IS", "ET", "M1", "M3", "SP", "EP", "PB", "CY", "SN", "DO", "UR", "AB", "N1", "LA", "KW", "ER");
        Set<String> types = Set.of("BOOK", "JOUR", "CHAP", "MGZN", "NEWS", "CPAPER", "ENCYC", "THES", "RPRT", "ELEC",
                "DATA", "PAT", "MANSCPT", "PAMP", "ART", "SOUND", "CASE", "STAT", "PCOMM", "MPCT", "MAP", "SLIDE", "COMP", "GEN");
        assertThat(text).endsWith("ER  - \r\n");
        List<List<String[]>> records = new ArrayList<>();
        List<String[]> current = null;
        for (String line : text.split("\r\n")) {
            assertThat(line).matches("[A-Z][A-Z0-9]  - .*");
            String tag = line.substring(0, 2);
            assertThat(tags).as("a RIS tag").contains(tag);
            if (tag.equals("TY")) {
                assertThat(current).as("TY after ER").isNull();
                assertThat(types).contains(line.substring(6));
                current = new ArrayList<>();
            }
            assertThat(current).as("a tag before TY").isNotNull();
            current.add(new String[] {tag, line.substring(6)});
            if (tag.equals("ER")) {
                records.add(current);
                current = null;
            }
        }
        return records;
    }

    private static String value(List<String[]> record, String tag) {
        return record.stream().filter(l -> l[0].equals(tag)).map(l -> l[1]).findFirst().orElse(null);
    }

    @Test
    void eachEssayEndsWithItsOwnCitationAndEntry() throws Exception {
        Path out = dir.resolve("out");
        build("https://example.org/essays/", out);
        Document page = Jsoup.parse(out.resolve("notes/b essay.html"));
        Element cite = page.selectFirst("article section.cite-this:last-child");
        assertThat(cite).isNotNull();
        assertThat(cite.selectFirst("#cite-this-text").text())
                // no author: the style puts the publisher (the site) in the author's place, as CSL's substitute says
                .isEqualTo("Site & <Co>. 2013. “Second.” February. https://example.org/essays/notes/b%20essay.html.");
        assertThat(cite.select("button.copy-button[hidden]").eachAttr("data-copy-target"))
                .containsExactly("#cite-this-text", "#cite-this-bibtex");
        String href = cite.selectFirst(".cite-this-download a").attr("href");
        assertThat(href).isEqualTo("../downloads/cite/notes/b%20essay.bib");
        String bibtex = Files.readString(out.resolve("downloads/cite/notes/b essay.bib"));
        assertThat(cite.selectFirst("#cite-this-bibtex").text()).isEqualTo(bibtex.strip());
        Source self = reread(out.resolve("downloads/cite/notes/b essay.bib")).sources().iterator().next();
        assertThat(self.item().getTitle()).isEqualTo("Second");
        assertThat(self.item().getURL()).isEqualTo("https://example.org/essays/notes/b%20essay.html");

        Document hostile = Jsoup.parse(out.resolve("a.html"));
        Source a = reread(out.resolve("downloads/cite/a.bib")).sources().iterator().next();
        // the one difference between a title and its .bib: our reader, as pandoc's (pandoc -f bibtex -t csljson), reads
        // ‘A’ as a quotation and gives it the outer quotation marks, “A”
        assertThat(a.item().getTitle().replace(BibTeXReader.KEEP_CASE, ""))
                .isEqualTo(SHOWN_TITLE.replace("‘A’", "“A”"));
        // shown as text, never markup; the title is one brace group, so the style's title case leaves all of it as
        // written, "script" after "</" too
        assertThat(hostile.selectFirst("#cite-this-text").text()).startsWith("Doe, Jane, and Max van der Berg. 2012.")
                .contains("</script><script>alert(1)</script>");
        assertThat(hostile.select("#cite-this-text *").eachAttr("href")).containsExactly("https://example.org/essays/a.html");
        // the source previews offer copying each entry and its BibTeX
        assertThat(hostile.select("#pv-copy-ref-hostile button").eachAttr("data-copy-target"))
                .containsExactly("#ref-hostile", "#bibtex-ref-hostile");
        assertThat(hostile.selectFirst("#bibtex-ref-hostile").text()).startsWith("@article{hostile,");
    }

    // ---------- feed, sitemap, canonical, Open Graph ----------

    @Test
    void feedAndSitemapAreValidAndListEveryPublishedEssayAndNoDraft() throws Exception {
        Path out = dir.resolve("out");
        BuildResult result = build("https://example.org/essays", out);
        assertThat(result.notes()).isEmpty();
        String feed = Files.readString(out.resolve("feed.xml"));
        assertThat(relaxNgErrors(feed)).isEmpty();
        org.w3c.dom.Document atom = xml(feed);
        assertThat(texts(atom, "entry", "id")).containsExactly("https://example.org/essays/notes/b%20essay.html",
                "https://example.org/essays/a.html");
        assertThat(texts(atom, "entry", "updated")).containsExactly("2013-02-01T00:00:00Z", "2012-10-16T00:00:00Z");
        assertThat(texts(atom, "feed", "updated")).containsExactly("2013-02-01T00:00:00Z");
        assertThat(texts(atom, "entry", "title")).containsExactly("Second", SHOWN_TITLE);
        assertThat(texts(atom, "entry", "summary")).containsExactly(SHOWN_SUMMARY);
        // rules of RFC 4287 the grammar cannot say: a feed author (entries may lack one), an alternate link per entry
        assertThat(atom.getDocumentElement().getElementsByTagNameNS(ATOM, "author").getLength()).isGreaterThan(0);
        assertThat(atom.getElementsByTagNameNS(ATOM, "entry").getLength()).isEqualTo(2);

        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/publish/sitemap-0.9.xsd")).newValidator()
                .validate(new StreamSource(new StringReader(sitemap)));
        assertThat(texts(xml(sitemap), "url", "loc")).containsExactly("https://example.org/essays/index.html",
                "https://example.org/essays/bibliography.html", "https://example.org/essays/bibliography/allison1971.html",
                "https://example.org/essays/bibliography/hostile.html", "https://example.org/essays/bibliography/chapter.html",
                "https://example.org/essays/a.html",
                "https://example.org/essays/notes/b%20essay.html");
        assertThat(texts(xml(sitemap), "url", "lastmod")).containsExactly("2012-10-16");

        for (String file : List.of("feed.xml", "sitemap.xml", "downloads/sources.bib", "downloads/sources.json",
                "downloads/sources.ris", "index.html", "bibliography.html")) {
            assertThat(Files.readString(out.resolve(file))).as(file).doesNotContain("draft", "A draft");
        }
        assertThat(out.resolve("draft.html")).doesNotExist();
        assertThat(out.resolve("downloads/cite/draft.bib")).doesNotExist();
        assertThat(out.resolve("downloads/sources/draft.bib")).doesNotExist();

        Document page = Jsoup.parse(out.resolve("notes/b essay.html"));
        assertThat(page.select("link[rel=canonical]").eachAttr("href"))
                .containsExactly("https://example.org/essays/notes/b%20essay.html");
        assertThat(page.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href")).containsExactly("../feed.xml");
        Document a = Jsoup.parse(out.resolve("a.html"));
        assertThat(property(a, "og:title")).isEqualTo(SHOWN_TITLE);
        assertThat(property(a, "og:description")).isEqualTo(SHOWN_SUMMARY);
        assertThat(property(a, "og:url")).isEqualTo("https://example.org/essays/a.html");
        assertThat(metas(a, "twitter:description")).containsExactly(SHOWN_SUMMARY);
        assertThat(Jsoup.parse(out.resolve("index.html")).select("link[rel=canonical]").eachAttr("href"))
                .containsExactly("https://example.org/essays/index.html");
    }

    @Test
    void withoutBaseUrlNothingAddressBoundIsWrittenAndOneNoteSaysWhy() throws Exception {
        Path out = dir.resolve("out");
        BuildResult result = build("", out);
        assertThat(result.notes()).singleElement().asString().contains("baseUrl", "feed.xml", "sitemap.xml");
        assertThat(out.resolve("feed.xml")).doesNotExist();
        assertThat(out.resolve("sitemap.xml")).doesNotExist();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document page = Jsoup.parse(file);
                assertThat(page.select("link[rel=canonical], link[rel=alternate], meta[property], meta[name^=twitter:]"))
                        .as(file.toString()).isEmpty();
            }
        }
        Document a = Jsoup.parse(out.resolve("a.html"));
        assertThat(metas(a, "citation_title")).hasSize(1); // reference-manager metadata needs no address
        assertThat(metas(a, "citation_abstract_html_url")).isEmpty();
        assertThat(a.selectFirst("#cite-this-text").text()).doesNotContain("http");
    }

    @Test
    void anAddressThatIsNoneIsAnError() {
        BuildResult result = SiteBuilder.build(SiteConfig.builder(src, dir.resolve("out")).baseUrl("example.org/essays").build());
        assertThat(result.diagnostics().errors()).singleElement().extracting(d -> d.message()).asString()
                .contains("baseUrl 'example.org/essays'", "absolute http or https");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void theSameEssaysGiveTheSameFilesWithAnyNumberOfThreads() throws Exception {
        build("https://example.org/", dir.resolve("one"), 1);
        build("https://example.org/", dir.resolve("four"), 4);
        Map<String, String> one = files(dir.resolve("one"));
        assertThat(one).containsKeys("feed.xml", "sitemap.xml", "downloads/sources/a.ris", "downloads/cite/a.bib");
        assertThat(files(dir.resolve("four"))).isEqualTo(one);
    }

    // ---------- helpers ----------

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private static Map<String, String> files(Path root) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p, StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    private static List<String> metas(Document page, String name) {
        return page.select("meta[name=" + name + "]").eachAttr("content");
    }

    private static String property(Document page, String name) {
        return page.selectFirst("meta[property=" + name + "]").attr("content");
    }

    private static String plainTitle(SourceLibrary library, String key) {
        return library.expect(key).item().getTitle().replace(BibTeXReader.KEEP_CASE, "");
    }

    private SourceLibrary reread(Path file) throws Exception {
        Path copy = Files.createDirectories(dir.resolve("reread")).resolve(file.getFileName().toString().replace(' ', '_'));
        Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        LoadedSources loaded = SourceLoader.create(copy.getParent()).load(List.of(copy));
        assertThat(loaded.diagnostics().all()).as("reading " + file.getFileName()).isEmpty();
        return loaded.library();
    }

    private static Map<String, Object> json(Source source) {
        Map<String, Object> json = new LinkedHashMap<>();
        ((Map<?, ?>) source.item().toJson(new MapJsonBuilderFactory().createJsonBuilder()))
                .forEach((k, v) -> json.put(String.valueOf(k), v));
        json.remove("citation-key");
        return json;
    }

    private static Map<String, Object> asCslJsonReads(Map<String, Object> json) {
        Map<String, Object> copy = new LinkedHashMap<>(json);
        copy.replaceAll((k, v) -> v instanceof String s && io.github.essaykit.sources.CslRichText.isRichText(k)
                ? io.github.essaykit.sources.CslRichText.read(s) : v);
        return copy;
    }

    private static Map<String, Object> withoutMarks(Map<String, Object> json) {
        Map<String, Object> copy = new LinkedHashMap<>();
        json.forEach((k, v) -> copy.put(k, v instanceof String s ? s.replace(BibTeXReader.KEEP_CASE, "") : v));
        return copy;
    }

    private static org.w3c.dom.Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    /** The text of each {@code child} element directly inside a {@code parent} element, in document order. */
    private static List<String> texts(org.w3c.dom.Document doc, String parent, String child) {
        List<String> out = new ArrayList<>();
        NodeList parents = doc.getElementsByTagNameNS("*", parent);
        for (int i = 0; i < parents.getLength(); i++) {
            NodeList children = parents.item(i).getChildNodes();
            for (int k = 0; k < children.getLength(); k++) {
                if (children.item(k).getLocalName() != null && children.item(k).getLocalName().equals(child)) {
                    out.add(children.item(k).getTextContent());
                }
            }
        }
        return out;
    }

    /** The feed's errors against the Atom RELAX NG grammar (our own, from RFC 4287's normative text). */
    private List<String> relaxNgErrors(String feed) throws Exception {
        List<String> errors = new ArrayList<>();
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, new DefaultHandler() {
            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }
        });
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        assertThat(driver.loadSchema(new InputSource(getClass().getResource("/publish/atom.rnc").toString()))).isTrue();
        // the grammar itself must reject what Atom forbids, or a pass would mean nothing
        String noId = feed.replaceFirst("<id>[^<]*</id>", "");
        assertThat(driver.validate(new InputSource(new StringReader(noId)))).as("a feed without id").isFalse();
        errors.clear();
        driver.validate(new InputSource(new StringReader(feed)));
        return errors;
    }
}
