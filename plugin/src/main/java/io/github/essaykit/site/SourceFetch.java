package io.github.essaykit.site;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.diagnostic.Diagnostics;
import io.github.essaykit.discover.SourceTree;
import io.github.essaykit.fetch.FetchedFile;
import io.github.essaykit.fetch.Identifier;
import io.github.essaykit.fetch.SourceLookup;
import io.github.essaykit.markdown.Citation;
import io.github.essaykit.markdown.EssayMarkdown;
import io.github.essaykit.markdown.SourcePosition;
import io.github.essaykit.parse.EssayParser;
import io.github.essaykit.parse.ParsedEssay;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;

/**
 * essay:fetch-sources: the sources the essays cite by identifier ({@code [@doi:…]},
 * {@code [@isbn:…]}) and no bibliography holds yet, each looked up once and added to the
 * fetched-sources file that every later build reads, so builds stay offline and reproducible.
 * A lookup that fails is an error at the first citation of its key; what was found is still
 * written.
 *
 * @param added the keys added to the file, sorted
 * @param known identifier keys cited that a bibliography already held
 */
public record SourceFetch(List<String> added, int known, Diagnostics diagnostics) {

    /** A key cited by identifier, and where it is first cited. */
    private record Cited(Identifier id, String file, SourcePosition at) {}

    public static SourceFetch run(SiteConfig config, SourceLookup lookup) {
        if (config.fetchedSources() == null) {
            throw new IllegalArgumentException("no fetched-sources file configured");
        }
        if (!Files.isDirectory(config.sourceDirectory())) {
            return failed(Diagnostic.error(config.sourceDirectory().toString(), 0, 0,
                    "the source folder does not exist; create it or set sourceDirectory (-Dessay.sourceDirectory=...)"));
        }
        SourceTree tree = SourceTree.scan(config.sourceDirectory(), config.skippedFolders());
        EssayParser parser = new EssayParser(EssayMarkdown.parser(), config.encoding());
        List<ParsedEssay> essays = new ArrayList<>();
        Diagnostics diagnostics = tree.diagnostics();
        for (var file : tree.essays()) {
            EssayParser.Result parsed = parser.parse(file);
            diagnostics = diagnostics.plus(parsed.diagnostics());
            if (parsed.essay() != null) {
                essays.add(parsed.essay());
            }
        }
        SourcingLoader.Loaded sources = SourcingLoader.load(config, tree, essays, BuildMemory.NONE);
        diagnostics = diagnostics.plus(sources.diagnostics());
        if (diagnostics.hasErrors() || sources.sourcing() == null) {
            return new SourceFetch(List.of(), 0, diagnostics);
        }
        List<Diagnostic> problems = new ArrayList<>();
        Map<String, Cited> missing = new TreeMap<>();
        java.util.Set<String> known = new java.util.TreeSet<>();
        for (ParsedEssay essay : essays) {
            for (Cited cited : identifiers(essay, problems)) {
                if (sources.sourcing().library().contains(cited.id().key())) {
                    known.add(cited.id().key());
                } else {
                    missing.putIfAbsent(cited.id().key(), cited);
                }
            }
        }
        List<Map<String, Object>> found = new ArrayList<>();
        for (Cited cited : missing.values()) {
            SourceLookup.Found result = lookup.lookup(cited.id());
            if (result.item() != null) {
                found.add(result.item());
            } else {
                problems.add(Diagnostic.error(cited.file(), cited.at().line(), cited.at().column(), "cannot fetch '"
                        + cited.id().key() + "': " + result.problem() + "; check the identifier, or add the source to a "
                        + "bibliography file yourself"));
            }
        }
        List<String> added = List.of();
        if (!found.isEmpty()) {
            try {
                added = FetchedFile.add(config.fetchedSources(), found);
            } catch (IOException | RuntimeException e) {
                problems.add(Diagnostic.error(SourceTree.shown(config.sourceDirectory(), config.fetchedSources()), 0, 0,
                        "cannot add to this file (" + e.getMessage() + "); it is left as it was: fix or remove it, then run "
                                + "essay:fetch-sources again"));
            }
        }
        return new SourceFetch(added, known.size(), diagnostics.plus(Diagnostics.of(problems)));
    }

    /** The identifier keys an essay cites, each with its first place; a key like one but invalid is an error. */
    private static List<Cited> identifiers(ParsedEssay essay, List<Diagnostic> problems) {
        String file = essay.file().relative();
        List<Cited> cited = new ArrayList<>();
        essay.document().accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof Citation citation) {
                    for (int i = 0; i < citation.items().size(); i++) {
                        String key = citation.items().get(i).key();
                        SourcePosition at = citation.keyPosition(i);
                        Identifier id = Identifier.of(key);
                        if (id != null) {
                            cited.add(new Cited(id, file, at));
                        } else if (Identifier.looksLikeOne(key)) {
                            problems.add(Diagnostic.error(file, at.line(), at.column(), Identifier.problem(key)));
                        }
                    }
                }
                visitChildren(node);
            }
        });
        for (String key : essay.meta().nocite()) {
            Identifier id = Identifier.of(key);
            if (id != null) {
                cited.add(new Cited(id, file, new SourcePosition(essay.meta().lineOf("nocite"), 1)));
            }
        }
        return cited;
    }

    private static SourceFetch failed(Diagnostic problem) {
        return new SourceFetch(List.of(), 0, Diagnostics.of(List.of(problem)));
    }
}
