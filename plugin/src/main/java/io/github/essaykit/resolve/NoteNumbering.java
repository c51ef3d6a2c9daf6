package io.github.essaykit.resolve;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.parse.ParsedEssay;
import io.github.essaykit.markdown.SourcePosition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.essaykit.markdown.Citation;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.InlineFootnote;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Numbers an essay's notes in order of first reference, as pandoc does, and reports the
 * problems: a marker with no definition (CommonMark leaves it as text "[^x]") is an error, a
 * definition nobody references a warning.
 */
public final class NoteNumbering {

    // no '[' in the label: else each of n unclosed "[^" would scan to the end, n² in all
    private static final Pattern UNDEFINED = Pattern.compile("\\[\\^([^\\[\\]\\s]+)]");

    private NoteNumbering() {}

    /** @param noteStyle citations outside notes become notes themselves (chicago-notes-bibliography) */
    public static Notes number(ParsedEssay essay, boolean noteStyle, List<Diagnostic> diagnostics) {
        Map<String, FootnoteDefinition> definitions = new LinkedHashMap<>();
        collectDefinitions(essay.document(), definitions, essay.file().relative(), diagnostics);
        Map<String, Integer> referenceCounts = new LinkedHashMap<>();
        List<Node> order = new ArrayList<>();
        Map<Citation, Node> citations = new LinkedHashMap<>();
        new Walk(essay, definitions, referenceCounts, order, citations, noteStyle, diagnostics).walk(essay.document(), null);

        List<Notes.Note> inOrder = new ArrayList<>();
        Map<String, Notes.Note> byLabel = new LinkedHashMap<>();
        Map<Node, Notes.Note> byNode = new IdentityHashMap<>();
        for (Node marker : order) {
            int number = inOrder.size() + 1;
            Notes.Note note;
            if (marker instanceof FootnoteReference ref) {
                note = new Notes.Note(number, definitions.get(ref.getLabel()), referenceCounts.get(ref.getLabel()));
                byLabel.put(ref.getLabel(), note);
            } else {
                note = new Notes.Note(number, marker, 1); // an inline note, or a citation made a note
            }
            byNode.put(note.body(), note);
            inOrder.add(note);
        }
        definitions.forEach((label, definition) -> {
            if (!byLabel.containsKey(label)) {
                SourcePosition at = SourcePosition.of(definition);
                diagnostics.add(Diagnostic.warning(essay.file().relative(), at.line(), at.column(),
                        "note [^" + label + "] is defined but never referenced; reference it or delete it"));
            }
        });
        List<Notes.CitationPlace> places = new ArrayList<>();
        citations.forEach((citation, note) -> places.add(new Notes.CitationPlace(citation,
                note == null ? null : byNode.get(note instanceof FootnoteReference ref ? definitions.get(ref.getLabel()) : note))));
        return new Notes(inOrder, byLabel, byNode, places);
    }

    private static void collectDefinitions(Node node, Map<String, FootnoteDefinition> definitions, String file,
            List<Diagnostic> diagnostics) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FootnoteDefinition definition) {
                if (definitions.putIfAbsent(definition.getLabel(), definition) != null) {
                    SourcePosition at = SourcePosition.of(definition);
                    diagnostics.add(Diagnostic.error(file, at.line(), at.column(),
                            "note [^" + definition.getLabel() + "] is defined twice; rename one of them"));
                }
            }
            collectDefinitions(child, definitions, file, diagnostics);
        }
    }

    /**
     * Reading order: a definition's content is read where its first marker stands; with a note
     * style a citation in the text is a note marker too. Iterative, with its own stack: a chain
     * of thousands of notes, each referencing the next, nests that deep.
     */
    private record Walk(ParsedEssay essay, Map<String, FootnoteDefinition> definitions, Map<String, Integer> counts,
            List<Node> order, Map<Citation, Node> citations, boolean noteStyle, List<Diagnostic> diagnostics) {

        /** The next child to read of a node, and the marker of the note being read (null in the text). */
        private static final class Frame {
            Node next;
            final Node note;

            Frame(Node parent, Node note) {
                this.next = parent.getFirstChild();
                this.note = note;
            }
        }

        void walk(Node root, Node rootNote) {
            Deque<Frame> stack = new ArrayDeque<>();
            stack.push(new Frame(root, rootNote));
            while (!stack.isEmpty()) {
                Frame frame = stack.peek();
                Node child = frame.next;
                if (child == null) {
                    stack.pop();
                    continue;
                }
                frame.next = child.getNext();
                Node note = frame.note;
                if (child instanceof FootnoteDefinition) {
                    continue;
                }
                if (child instanceof FootnoteReference ref) {
                    if (counts.merge(ref.getLabel(), 1, Integer::sum) == 1) {
                        order.add(ref);
                        stack.push(new Frame(definitions.get(ref.getLabel()), ref));
                    }
                } else if (child instanceof InlineFootnote inline) {
                    order.add(inline);
                    stack.push(new Frame(inline, inline));
                } else if (child instanceof Citation citation) {
                    if (noteStyle && note == null) {
                        order.add(citation);
                    }
                    citations.put(citation, note);
                } else if (child instanceof Text text) {
                    reportUndefined(text, essay, diagnostics);
                } else if (!(child instanceof Code)) {
                    stack.push(new Frame(child, note));
                }
            }
        }
    }

    /**
     * Whether the source of a text may hold backslash escapes: it is longer than the text by more
     * than smart punctuation explains (--- → —, -- → –, ... → …). Unsure is yes: a missed report
     * beats an error about a note the author escaped.
     */
    private static boolean mayHoldEscapes(Text text) {
        int written = text.getSourceSpans().stream().mapToInt(org.commonmark.node.SourceSpan::getLength).sum();
        if (written == 0) {
            return false; // no source positions: nothing to tell by
        }
        String literal = text.getLiteral();
        return written != literal.length() + saved(literal, literal.length());
    }

    /** How many characters smart punctuation took out of the first {@code end} of a text. */
    private static int saved(String literal, int end) {
        int saved = 0;
        for (int i = 0; i < end; i++) {
            char c = literal.charAt(i);
            saved += c == '—' || c == '…' ? 2 : c == '–' ? 1 : 0;
        }
        return saved;
    }

    private static void reportUndefined(Text text, ParsedEssay essay, List<Diagnostic> diagnostics) {
        String literal = text.getLiteral();
        if (literal.indexOf("[^") < 0 || mayHoldEscapes(text)) {
            return; // written \[\^1\], it is the text [^1], as in pandoc: no note was meant
        }
        int firstBreak = literal.indexOf('\n');
        Matcher m = UNDEFINED.matcher(literal);
        while (m.find()) {
            SourcePosition at = SourcePosition.of(text);
            boolean onFirstLine = firstBreak < 0 || m.start() < firstBreak;
            int column = at.column() > 0 && onFirstLine ? at.column() + m.start() + saved(literal, m.start()) : at.column();
            diagnostics.add(Diagnostic.error(essay.file().relative(), at.line(), column,
                    "note [^" + m.group(1) + "] has no definition; add a line '[^" + m.group(1) + "]: The note.'"));
        }
    }
}
