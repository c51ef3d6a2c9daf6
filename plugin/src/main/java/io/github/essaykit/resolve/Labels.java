package io.github.essaykit.resolve;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.markdown.DivCaption;
import io.github.essaykit.markdown.FencedDiv;
import io.github.essaykit.markdown.Figure;
import io.github.essaykit.markdown.FrontMatterAbstract;
import io.github.essaykit.markdown.HeadingLabel;
import io.github.essaykit.markdown.SourcePosition;
import io.github.essaykit.markdown.TableCaption;
import io.github.essaykit.markdown.TexMath;
import io.github.essaykit.parse.ParsedEssay;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Every id an essay's page will hold for its headings, figures, tables and labelled display
 * equations, with their numbers: sections hierarchically by heading level (2, 2.1 …), figures,
 * tables and equations in order of appearance. Sections carry a number only when the essay numbers
 * them, so a heading and every reference to it agree on it (an unnumbered section is referred to by
 * its title). Labelled headings keep their label as id; the others get a readable id from their
 * text ("The Berlin gambit" → "the-berlin-gambit"), unique in the page and stable across builds.
 * Every id goes through the page's {@link PageIds}.
 */
public record Labels(Map<String, Label> byId, Map<Node, Label> byNode) {

    public Labels {
        byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
        byNode = Collections.unmodifiableMap(new IdentityHashMap<>(byNode));
    }

    public Label of(Node node) {
        return byNode.get(node);
    }

    public Label get(String id) {
        return byId.get(id);
    }

    /** @param numberSections whether the essay's headings show numbers (front matter, else the site's setting) */
    public static Labels assign(ParsedEssay essay, boolean numberSections, List<Diagnostic> diagnostics) {
        String file = essay.file().relative();
        Map<String, Label> byId = new LinkedHashMap<>();
        Map<Node, Label> byNode = new IdentityHashMap<>();
        List<Node> blocks = new ArrayList<>();
        collect(essay.document(), blocks);

        // explicit labels first, so automatic ids step around them
        PageIds ids = new PageIds();
        Map<String, SourcePosition> firstAt = new LinkedHashMap<>();
        Map<Node, String> explicit = new IdentityHashMap<>();
        for (Node block : blocks) {
            String label = explicitLabel(block);
            if (label == null) {
                continue;
            }
            SourcePosition at = labelPosition(block);
            SourcePosition first = firstAt.putIfAbsent(label, at);
            if (first != null) {
                diagnostics.add(Diagnostic.error(file, at.line(), at.column(), "label '" + label
                        + "' is defined twice in this essay (first at line " + first.line() + "); rename one"));
                continue;
            }
            String taken = ids.claimLabel(label, at);
            if (taken != null) {
                diagnostics.add(Diagnostic.error(file, at.line(), at.column(), "label '" + label + "' " + taken
                        + "; choose another label (ids must be unique in the page)"));
                continue;
            }
            explicit.put(block, label);
        }
        RawHtmlIds.claim(essay.document(), ids, file, diagnostics);
        AttributeIds.claim(essay.document(), ids, file, diagnostics);

        int minLevel = blocks.stream().filter(b -> b instanceof Heading).mapToInt(b -> ((Heading) b).getLevel()).min().orElse(1);
        int[] sections = new int[7];
        int figures = 0;
        int tables = 0;
        int equations = 0;
        for (Node block : blocks) {
            String id = explicit.get(block);
            Label label;
            if (block instanceof Heading heading) {
                StringBuilder number = new StringBuilder();
                if (numberSections && !HeadingLabel.isUnnumbered(heading)) { // {-}, {.unnumbered}: outside the numbering, as pandoc
                    int depth = heading.getLevel() - minLevel + 1;
                    sections[depth]++;
                    for (int d = depth + 1; d < sections.length; d++) {
                        sections[d] = 0;
                    }
                    for (int d = 1; d <= depth; d++) {
                        number.append(d > 1 ? "." : "").append(sections[d]);
                    }
                }
                String text = textOf(heading).strip();
                if (id == null) {
                    id = ids.automatic(slug(text));
                }
                label = new Label(id, Label.Kind.SECTION, number.toString(), text, excerptAfter(heading), SourcePosition.of(heading));
            } else if (block instanceof TexMath math) {
                label = new Label(id == null ? "" : id, Label.Kind.EQUATION, id == null ? "" : String.valueOf(++equations),
                        math.tex().strip(), "", SourcePosition.of(math));
            } else if (block instanceof FencedDiv div) {
                boolean figure = div.attributes().id().startsWith("fig-");
                String number = id == null ? "" : String.valueOf(figure ? ++figures : ++tables);
                String caption = div.getLastChild() instanceof DivCaption c ? textOf(c).strip() : "";
                label = new Label(id == null ? "" : id, figure ? Label.Kind.FIGURE : Label.Kind.TABLE, number, caption, "",
                        SourcePosition.of(div));
            } else if (block instanceof Figure figure) {
                boolean numbered = id != null;
                label = new Label(id == null ? "" : id, Label.Kind.FIGURE, numbered ? String.valueOf(++figures) : "",
                        textOf(figure).strip(), "", SourcePosition.of(figure));
            } else {
                TableCaption caption = TableCaption.of((TableBlock) block).orElse(null);
                boolean numbered = id != null;
                label = new Label(id == null ? "" : id, Label.Kind.TABLE, numbered ? String.valueOf(++tables) : "",
                        caption == null ? "" : textOf(caption).strip(), "", SourcePosition.of(block));
            }
            byNode.put(block, label);
            if (!label.id().isEmpty()) {
                byId.putIfAbsent(label.id(), label);
            }
        }
        return new Labels(byId, byNode);
    }

    /**
     * Headings, figures, tables, figure/table divs (a div before what it holds) and labelled
     * display equations in document order. A note's figures, tables and equations count where
     * the note is referenced (its first reference), as pandoc places a note's content and Quarto
     * numbers it; a heading inside a note is no section.
     */
    private static void collect(Node document, List<Node> blocks) {
        Map<String, FootnoteDefinition> definitions = new LinkedHashMap<>();
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FootnoteDefinition definition) {
                definitions.putIfAbsent(definition.getLabel(), definition);
            }
        }
        new Collector(definitions, blocks).blocks(document, false);
    }

    private record Collector(Map<String, FootnoteDefinition> definitions, List<Node> blocks) {

        void blocks(Node node, boolean inNote) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof FencedDiv div && div.isFloat()) {
                    blocks.add(div);
                    blocks(div, inNote);
                } else if (child instanceof Heading && !inNote || child instanceof Figure || child instanceof TableBlock) {
                    blocks.add(child);
                } else if (child instanceof Paragraph paragraph) {
                    inlines(paragraph);
                } else if (child instanceof FrontMatterAbstract) {
                    blocks(child, true); // shown above the body, as metadata: no sections
                } else if (!(child instanceof FootnoteDefinition)) {
                    blocks(child, inNote);
                }
            }
        }

        void inlines(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof TexMath math && math.label().isPresent()) {
                    blocks.add(math);
                } else if (child instanceof FootnoteReference ref) {
                    FootnoteDefinition definition = definitions.remove(ref.getLabel()); // counted once, at its first reference
                    if (definition != null) {
                        blocks(definition, true);
                    }
                } else {
                    inlines(child);
                }
            }
        }
    }

    private static String explicitLabel(Node block) {
        if (block instanceof Heading heading) {
            return HeadingLabel.of(heading).map(HeadingLabel::id).filter(id -> !id.isEmpty()).orElse(null);
        }
        if (block instanceof Figure figure) {
            return figure.label().orElse(null);
        }
        if (block instanceof TexMath math) {
            return math.label().orElse(null);
        }
        if (block instanceof FencedDiv div) {
            return div.attributes().id();
        }
        return TableCaption.of((TableBlock) block).flatMap(TableCaption::label).orElse(null);
    }

    private static SourcePosition labelPosition(Node block) {
        if (block instanceof Heading heading) {
            return HeadingLabel.of(heading).map(SourcePosition::of).orElse(SourcePosition.of(block));
        }
        if (block instanceof TableBlock table) {
            return TableCaption.of(table).map(SourcePosition::of).orElse(SourcePosition.of(block));
        }
        return SourcePosition.of(block);
    }

    /** The first paragraph after a heading, as plain text of at most about 300 characters. */
    private static String excerptAfter(Heading heading) {
        Node next = heading.getNext();
        if (!(next instanceof Paragraph)) {
            return "";
        }
        // a citation contributes nothing, so "masked by noise [@x]." would read "noise ."
        String text = squeezed(textOf(next).strip());
        if (text.length() <= 300) {
            return text;
        }
        int cut = text.lastIndexOf(' ', 300);
        return text.substring(0, cut > 200 ? cut : 300) + "…";
    }

    /** Each run of white space as one space, and none before a closing mark: "noise ." reads "noise.". */
    static String squeezed(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
                continue;
            }
            int end = i;
            while (end < text.length() && isSpace(text.charAt(end))) {
                end++;
            }
            if (end == text.length() || ".,;:!?)]".indexOf(text.charAt(end)) < 0) {
                out.append(' ');
            }
            i = end - 1;
        }
        return out.toString();
    }

    /** What {@code \\s} matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Lower-case letters and digits joined by hyphens; accents dropped; "section" if empty. */
    public static String slug(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return slugByPatterns(text);
            }
        }
        return asciiSlug(text);
    }

    /**
     * {@link #slugByPatterns} of ASCII text in one pass: no accents to drop (nor the Unicode tables
     * to load that find them, in a build that reads few headings), five patterns not run.
     */
    static String asciiSlug(String text) {
        StringBuilder slug = new StringBuilder(text.length());
        boolean gap = false; // a run of spaces, '_' and '-' since the last letter or digit kept
        boolean marked = false; // ... holding a '_' or '-'
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (slug.length() == 0 && c <= '9') {
                    continue; // the slug starts at its first letter
                }
                if (gap && slug.length() > 0) {
                    slug.append('-');
                }
                gap = false;
                marked = false;
                slug.append(c);
            } else if (isSpace(c) || c == '_' || c == '-') {
                gap = true;
                marked |= !isSpace(c);
            }
        }
        if (marked && slug.length() > 0) {
            slug.append('-'); // a trailing '_' or '-' stays, as one hyphen: only spaces are stripped
        }
        return slug.length() == 0 ? "section" : slug.toString();
    }

    static String slugByPatterns(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}\\s_-]+", "")
                .strip()
                .replaceAll("[\\s_-]+", "-");
        slug = slug.replaceAll("^[^\\p{L}]+", "");
        return slug.isEmpty() ? "section" : slug;
    }

    /** The plain text of a node's inline content (citations and notes contribute nothing). */
    public static String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        appendText(node, text);
        return text.toString();
    }

    private static void appendText(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                text.append(t.getLiteral());
            } else if (child instanceof TexMath math) {
                text.append(math.tex());
            } else if (child instanceof Code c) {
                text.append(c.getLiteral());
            } else if (child instanceof SoftLineBreak) {
                text.append(' ');
            } else if (!(child instanceof org.commonmark.ext.footnotes.InlineFootnote)) {
                appendText(child, text);
            }
        }
    }
}
