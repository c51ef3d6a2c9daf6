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
 * or file that does not exist is an error at the link's position.
 */
public record EssayLinks(Map<Node, Target> targets, List<Broken> broken) {

    /** A relative link or image whose target does not exist: where it is written, and what it points to. */
    public record Broken(SourcePosition at, String destination) {}

    /**
     * Where a link to another essay leads once built, the essay, and the heading, figure or
     * table its fragment names (null without a fragment).
     */
    public record Target(String href, LinkTargets.Essay essay, Label label) {}

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

    public static EssayLinks resolve(ParsedEssay essay, LinkTargets site, List<Diagnostic> diagnostics) {
        Map<Node, Target> targets = new IdentityHashMap<>();
        List<Broken> broken = new java.util.ArrayList<>();
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
                String problem = target(node, destination);
                if (problem != null) {
                    broken.add(new Broken(at, destination));
                    diagnostics.add(Diagnostic.error(essay.file().relative(), at.line(), at.column(), problem));
                }
            }

            private String target(Node node, String destination) {
                URI uri = SitePaths.uri(destination);
                if (uri == null) {
                    return null; // not a URL we can check; left as written
                }
                if (uri.getScheme() != null || uri.getHost() != null || uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
                    return null;
                }
                String path = uri.getPath(); // decoded as a path: '+' stays '+'
                if (path.startsWith("/")) {
                    return null; // outside the site's folder: polish/LinkCheck warns at this place
                }
                String resolved = SitePaths.resolve(essay.file().relative(), path);
                String fragment = uri.getRawFragment();
                if (resolved != null && SourceFile.isEssay(resolved)) {
                    LinkTargets.Essay target = site.essays().get(SourceFile.slugOf(resolved));
                    if (target == null) {
                        return "link to '" + path + "', which is not an essay of this site";
                    }
                    Label label = fragment == null ? null : target.labels().get(fragment);
                    if (fragment != null && label == null) {
                        return "link to '" + path + "#" + fragment + "', but that essay has no heading or label '"
                                + fragment + "'" + Suggestions.didYouMean(fragment, target.labels().byId().keySet());
                    }
                    String page = SitePaths.toRoot(essay.file().relative()) + SitePaths.href(target.slug() + ".html");
                    targets.put(node, new Target(page + (fragment == null ? "" : "#" + fragment), target, label));
                    return null;
                }
                if (resolved == null || !site.files().contains(resolved)) {
                    return "link to '" + path + "', which is not a file of the source folder";
                }
                return null;
            }
        });
        return new EssayLinks(targets, broken);
    }
}
