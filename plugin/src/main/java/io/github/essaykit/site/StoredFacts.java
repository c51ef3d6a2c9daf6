package io.github.essaykit.site;

import io.github.essaykit.cache.Blob;
import io.github.essaykit.cache.StoredDiagnostics;
import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.diagnostic.Diagnostics;
import io.github.essaykit.discover.SourceFile;
import io.github.essaykit.markdown.SourcePosition;
import io.github.essaykit.parse.Author;
import io.github.essaykit.parse.EssayDate;
import io.github.essaykit.parse.FrontMatter;
import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.resolve.EssayLinks;
import io.github.essaykit.resolve.Label;
import io.github.essaykit.resolve.SiteResolver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An essay's parse outcome (front matter and problems, no tree) and its {@link EssayFacts} as
 * bytes for the cache between essay:build runs, so that a new JVM parses only the essays that
 * changed. Collections come back in the order they were written, so everything that iterates
 * them sees what a fresh parse gives. Facts with a sourcing report part or web addresses are
 * never stored ({@link #storable}). Reading anything else than what was written is a
 * {@link Blob.Corrupt}: the caller then parses the essay again.
 */
final class StoredFacts {

    private static final String HEAD = "essay head 2";
    private static final String FACTS = "essay facts 1";

    private StoredFacts() {}

    /** An essay file parsed, without its tree: the essay (null when its bytes could not be decoded) and its problems. */
    record Head(ParsedEssay essay, Diagnostics diagnostics) {}

    static boolean storable(EssayFacts facts) {
        return facts.report() == null && facts.addresses().isEmpty();
    }

    /** @param file the essay's file, written down so that a head read under another essay's key is refused */
    static byte[] head(SourceFile file, ParsedEssay essay, Diagnostics diagnostics) {
        Blob.Writer out = new Blob.Writer().string(HEAD).string(file.relative()).bool(essay != null);
        if (essay != null) {
            writeMeta(out, essay.meta());
        }
        StoredDiagnostics.write(out, diagnostics.all());
        return out.bytes();
    }

    static Head readHead(byte[] bytes, SourceFile file) {
        Blob.Reader in = new Blob.Reader(bytes);
        expect(in, HEAD);
        if (!in.string().equals(file.relative())) {
            throw new Blob.Corrupt("the head of another essay");
        }
        ParsedEssay essay = in.bool() ? new ParsedEssay(file, readMeta(in), null) : null;
        Diagnostics diagnostics = Diagnostics.of(StoredDiagnostics.read(in));
        in.end();
        return new Head(essay, diagnostics);
    }

    static byte[] facts(EssayFacts facts) {
        Blob.Writer out = new Blob.Writer().string(FACTS).string(facts.digest());
        SiteResolver.EssayCheck check = facts.check();
        out.string(check.slug()).string(check.file()).string(check.title()).string(check.summary());
        out.integer(check.labels().size());
        check.labels().forEach((id, label) -> out.string(id).string(label.id()).string(label.kind().name()).string(label.number())
                .string(label.text()).string(label.excerpt()).integer(label.where().line()).integer(label.where().column()));
        out.integer(check.links().size());
        check.links().forEach(use -> out.integer(use.at().line()).integer(use.at().column()).string(use.destination()));
        out.strings(check.keys()).strings(check.cited());
        out.integer(check.citations()).integer(check.notes()).integer(check.crossReferences());
        StoredDiagnostics.write(out, check.diagnostics());
        StoredDiagnostics.write(out, facts.quoteWarnings());
        out.bool(facts.math()).integer(facts.imageSizes().size());
        facts.imageSizes().forEach((name, rule) -> out.string(name).string(rule));
        return out.integer(facts.words()).bytes();
    }

    /** @param essay the essay the facts are of, as {@link #readHead} gave it */
    static EssayFacts readFacts(byte[] bytes, ParsedEssay essay) {
        Blob.Reader in = new Blob.Reader(bytes);
        expect(in, FACTS);
        String digest = in.string();
        String slug = in.string();
        String file = in.string();
        String title = in.string();
        String summary = in.string();
        Map<String, Label> labels = new LinkedHashMap<>();
        for (int i = in.count(); i > 0; i--) {
            labels.put(in.string(), new Label(in.string(), kind(in.string()), in.string(), in.string(), in.string(),
                    new SourcePosition(in.integer(), in.integer())));
        }
        List<EssayLinks.Use> links = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            links.add(new EssayLinks.Use(new SourcePosition(in.integer(), in.integer()), in.string()));
        }
        Set<String> keys = Collections.unmodifiableSet(new LinkedHashSet<>(in.strings()));
        Set<String> cited = Collections.unmodifiableSet(new LinkedHashSet<>(in.strings()));
        SiteResolver.EssayCheck check = new SiteResolver.EssayCheck(slug, file, title, summary,
                Collections.unmodifiableMap(labels), links, keys, cited, in.integer(), in.integer(), in.integer(),
                StoredDiagnostics.read(in));
        List<Diagnostic> quoteWarnings = List.copyOf(StoredDiagnostics.read(in));
        boolean math = in.bool();
        Map<String, String> imageSizes = new LinkedHashMap<>();
        for (int i = in.count(); i > 0; i--) {
            imageSizes.put(in.string(), in.string());
        }
        int words = in.integer();
        in.end();
        if (!slug.equals(essay.slug()) || !file.equals(essay.file().relative())) {
            throw new Blob.Corrupt("the facts of another essay");
        }
        return new EssayFacts(essay, digest, check, quoteWarnings, null, math, Collections.unmodifiableMap(imageSizes), words,
                Map.of());
    }

    private static void writeMeta(Blob.Writer out, FrontMatter meta) {
        out.string(meta.title()).string(meta.subtitle()).integer(meta.authors().size());
        meta.authors().forEach(a -> out.string(a.name()).strings(a.affiliations()).string(a.orcid()).string(a.email()).string(a.url()));
        out.bool(meta.date().isPresent());
        meta.date().ifPresent(d -> out.integer(d.start().getYear()).integer(d.start().getMonthValue())
                .integer(d.start().getDayOfMonth()).string(d.precision().name()).string(d.written()));
        out.string(meta.summary()).string(meta.abstractText()).strings(meta.tags()).strings(meta.bibliography())
                .strings(meta.nocite()).bool(meta.draft());
        optional(out, meta.numberSections());
        out.string(meta.style()).string(meta.lang()).string(meta.referenceSectionTitle()).bool(meta.linkCitations());
        optional(out, meta.toc().show());
        out.integer(meta.toc().depth()).string(meta.toc().title()).integer(meta.lines().size());
        meta.lines().forEach((field, line) -> out.string(field).integer(line));
        out.integer(meta.abstractLine()).string(meta.description()).integer(meta.chunkOptions().size());
        meta.chunkOptions().forEach((name, value) -> out.string(name).string(value));
    }

    private static FrontMatter readMeta(Blob.Reader in) {
        String title = in.string();
        String subtitle = in.string();
        List<Author> authors = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            authors.add(new Author(in.string(), in.strings(), in.string(), in.string(), in.string()));
        }
        Optional<EssayDate> date = Optional.empty();
        if (in.bool()) {
            try {
                LocalDate start = LocalDate.of(in.integer(), in.integer(), in.integer());
                date = Optional.of(new EssayDate(start, EssayDate.Precision.valueOf(in.string()), in.string()));
            } catch (RuntimeException e) {
                throw new Blob.Corrupt("not a date: " + e.getMessage());
            }
        }
        String summary = in.string();
        String abstractText = in.string();
        List<String> tags = in.strings();
        List<String> bibliography = in.strings();
        List<String> nocite = in.strings();
        boolean draft = in.bool();
        Optional<Boolean> numberSections = optional(in);
        String style = in.string();
        String lang = in.string();
        String referenceSectionTitle = in.string();
        boolean linkCitations = in.bool();
        FrontMatter.Toc toc = new FrontMatter.Toc(optional(in), in.integer(), in.string());
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (int i = in.count(); i > 0; i--) {
            lines.put(in.string(), in.integer());
        }
        int abstractLine = in.integer();
        String description = in.string();
        Map<String, String> chunkOptions = new LinkedHashMap<>();
        for (int i = in.count(); i > 0; i--) {
            chunkOptions.put(in.string(), in.string());
        }
        return new FrontMatter(title, subtitle, authors, date, summary, abstractText, tags, bibliography, nocite, draft,
                numberSections, style, lang, referenceSectionTitle, linkCitations, toc, lines, abstractLine, description,
                chunkOptions);
    }

    private static void optional(Blob.Writer out, Optional<Boolean> value) {
        out.integer(value.map(b -> b ? 1 : 0).orElse(-1));
    }

    private static Optional<Boolean> optional(Blob.Reader in) {
        int value = in.integer();
        if (value < -1 || value > 1) {
            throw new Blob.Corrupt("not an optional boolean: " + value);
        }
        return value == -1 ? Optional.empty() : Optional.of(value == 1);
    }

    private static Label.Kind kind(String name) {
        try {
            return Label.Kind.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new Blob.Corrupt("no label kind " + name);
        }
    }

    private static void expect(Blob.Reader in, String format) {
        if (!in.string().equals(format)) {
            throw new Blob.Corrupt("not " + format);
        }
    }
}
