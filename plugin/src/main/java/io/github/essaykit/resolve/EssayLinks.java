package io.github.essaykit.resolve;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.diagnostic.Suggestions;
import io.github.essaykit.discover.SitePaths;
import io.github.essaykit.discover.SourceFile;
import io.github.essaykit.markdown.Figure;
import io.github.essaykit.markdown.SourcePosition;
import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.safety.UrlPolicy;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * Checks an essay's relative links and images against the site, and rewrites links to other
 * essays ({@code other.md#id}) to their pages ({@code other.html#id}). A link to an essay, id
 * or file that does not exist is an error at the link's position. The check needs only what
 * {@link #uses} reads of the tree, so the site is checked without keeping any essay's tree.
 */
public record EssayLinks(Map<Node, Target> targets, List<Broken> broken) {

    /** A relative link or image whose target does not exist: where it is written, and what it points to. */
    public record Broken(SourcePosition at, String destination) {}

    /**
     * Where a link to another essay leads once built, the essay, and the heading, figure or
     * table its fragment names (null without a fragment).
     */
    public record Target(String href, LinkTargets.Essay essay, Label label) {}

    /** A link, image or figure the site may publish: where it is written and what it points to. */
    public record Use(SourcePosition at, String destination) {}

    /** The links of an essay checked against the site: where those to other essays lead, and the broken ones. */
    public record Checked(List<Target> targets, List<Broken> broken) {

        public Checked {
            targets = List.copyOf(targets);
            broken = List.copyOf(broken);
        }

        /** The same links, each leading to its essay as {@code site} holds it ({@link LinkTargets#namedBy}). */
        public Checked in(LinkTargets site) {
            return new Checked(targets.stream().map(t -> new Target(t.href(), site.essays().get(t.essay().slug()), t.label())).toList(),
                    broken);
        }
    }

    public EssayLinks {
        targets = Collections.unmodifiableMap(new IdentityHashMap<>(targets));
        broken = List.copyOf(broken);
    }

    public EssayLinks(Map<Node, Target> targets) {
        this(targets, List.of());
    }

    public Target of(Node link) {
        return targets.get(link);
    }

    /** The essay's links and images in reading order, warning about (and leaving out) those it may not publish. */
    public static List<Use> uses(ParsedEssay essay, List<Diagnostic> diagnostics) {
        List<Use> uses = new ArrayList<>();
        visit(essay, diagnostics, (node, use) -> uses.add(use));
        return uses;
    }

    /** {@code uses} of the essay written in {@code file} checked against the site. */
    public static Checked check(String file, List<Use> uses, LinkTargets site, List<Diagnostic> diagnostics) {
        List<Target> targets = new ArrayList<>();
        List<Broken> broken = new ArrayList<>();
        for (Use use : uses) {
            Outcome outcome = outcome(file, use, site);
            if (outcome.problem() != null) {
                broken.add(new Broken(use.at(), use.destination()));
                diagnostics.add(Diagnostic.error(file, use.at().line(), use.at().column(), outcome.problem()));
            } else if (outcome.target() != null) {
                targets.add(outcome.target());
            }
        }
        return new Checked(targets, broken);
    }

    /** The essay's links with the nodes they are written at (for rendering), checked against the site. */
    public static EssayLinks resolve(ParsedEssay essay, LinkTargets site, List<Diagnostic> diagnostics) {
        Map<Node, Target> targets = new IdentityHashMap<>();
        List<Broken> broken = new ArrayList<>();
        String file = essay.file().relative();
        visit(essay, diagnostics, (node, use) -> {
            Outcome outcome = outcome(file, use, site);
            if (outcome.problem() != null) {
                broken.add(new Broken(use.at(), use.destination()));
                diagnostics.add(Diagnostic.error(file, use.at().line(), use.at().column(), outcome.problem()));
            } else if (outcome.target() != null) {
                targets.put(node, outcome.target());
            }
        });
        return new EssayLinks(targets, broken);
    }

    private static void visit(ParsedEssay essay, List<Diagnostic> diagnostics, java.util.function.BiConsumer<Node, Use> found) {
        essay.document().accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                check(link, link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(CustomBlock block) {
                if (block instanceof Figure figure) {
                    check(figure, figure.destination());
                }
                visitChildren(block);
            }

            @Override
            public void visit(Image image) {
                check(image, image.getDestination());
                visitChildren(image);
            }

            private void check(Node node, String destination) {
                SourcePosition at = SourcePosition.of(node);
                if (!UrlPolicy.allows(destination)) {
                    diagnostics.add(Diagnostic.warning(essay.file().relative(), at.line(), at.column(), "the "
                            + (node instanceof Link ? "link" : "image") + " to '" + destination + "' is left out: "
                            + "only http, https, mailto and relative URLs are published (its text is kept)"));
                    return;
                }
                found.accept(node, new Use(at, destination));
            }
        });
    }

    /** Where a link leads (null when not to another essay), or what is wrong with it (null when nothing). */
    private record Outcome(Target target, String problem) {}

    private static Outcome outcome(String file, Use use, LinkTargets site) {
        URI uri = SitePaths.uri(use.destination());
        if (uri == null) {
            return new Outcome(null, null); // not a URL we can check; left as written
        }
        if (uri.getScheme() != null || uri.getHost() != null || uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
            return new Outcome(null, null);
        }
        String path = uri.getPath(); // decoded as a path: '+' stays '+'
        if (path.startsWith("/")) {
            return new Outcome(null, null); // outside the site's folder: polish/LinkCheck warns at this place
        }
        String resolved = SitePaths.resolve(file, path);
        String fragment = uri.getRawFragment();
        if (resolved != null && SourceFile.isEssay(resolved)) {
            LinkTargets.Essay target = site.essays().get(SourceFile.slugOf(resolved));
            if (target == null) {
                return new Outcome(null, "link to '" + path + "', which is not an essay of this site");
            }
            Label label = fragment == null ? null : target.labels().get(fragment);
            if (fragment != null && label == null) {
                return new Outcome(null, "link to '" + path + "#" + fragment + "', but that essay has no heading or label '"
                        + fragment + "'" + Suggestions.didYouMean(fragment, target.labels().keySet()));
            }
            String page = SitePaths.toRoot(file) + SitePaths.href(target.slug() + ".html");
            return new Outcome(new Target(page + (fragment == null ? "" : "#" + fragment), target, label), null);
        }
        if (resolved == null || !site.files().contains(resolved)) {
            return new Outcome(null, "link to '" + path + "', which is not a file of the source folder");
        }
        return new Outcome(null, null);
    }
}
