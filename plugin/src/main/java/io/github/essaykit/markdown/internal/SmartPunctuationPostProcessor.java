package io.github.essaykit.markdown.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.List;
import org.commonmark.node.Block;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * pandoc's smart punctuation, applied after parsing: quotes curled as {@link SmartQuotes}
 * decides, {@code ---} an em dash, {@code --} an en dash, {@code ...} an ellipsis, and a no-break
 * space after one of pandoc's abbreviations (Mr. Smith, pp. 3). Only text is
 * touched, so code, raw HTML, link addresses, citation keys and locators (which are not text
 * nodes) never change; nor does the text of an autolink, which is its address. Quotes are
 * decided per inline run, inside emphasis and links in the context of the quotation around them.
 */
final class SmartPunctuationPostProcessor implements PostProcessor {

    private record Run(Node container, int context) {}

    @Override
    public Node process(Node document) {
        Deque<Node> blocks = new ArrayDeque<>();
        blocks.push(document);
        Deque<Run> runs = new ArrayDeque<>();
        while (!blocks.isEmpty()) {
            Node block = blocks.pop();
            boolean inlines = false;
            for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Block) {
                    blocks.push(child);
                } else {
                    inlines = true;
                }
            }
            if (inlines) {
                runs.push(new Run(block, SmartQuotes.NONE));
            }
            while (!runs.isEmpty()) {
                Run run = runs.pop();
                quotes(run, runs);
            }
        }
        return document;
    }

    /** Decides the quotes of one container's inline children; queues nested inline containers. */
    private static void quotes(Run run, Deque<Run> runs) {
        if (hasQuoteMark(run.container)) {
            decideQuotes(run, runs);
        } else { // nothing to decide: every inline inside keeps the run's context (most runs of prose)
            for (Node child = run.container.getLastChild(); child != null; child = child.getPrevious()) {
                if (!(child instanceof Block || child instanceof Text || child instanceof SoftLineBreak
                        || child instanceof HardLineBreak) && child.getFirstChild() != null && !isAutolink(child)) {
                    runs.push(new Run(child, run.context));
                }
            }
        }
        TextEdits.mergeAdjacent(run.container);
        for (Node child = run.container.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text && !isAutolink(run.container)) {
                text.setLiteral(abbreviations(dashes(text.getLiteral())));
            }
        }
    }

    private static boolean hasQuoteMark(Node container) {
        for (Node child = container.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof QuoteMark) {
                return true;
            }
        }
        return false;
    }

    private static void decideQuotes(Run run, Deque<Run> runs) {
        Tokens tokens = new Tokens();
        for (Node child = run.container.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Block) {
                continue;
            }
            if (child instanceof Text text) {
                String literal = text.getLiteral();
                for (int i = 0; i < literal.length(); i++) {
                    tokens.add(child, i, SmartQuotes.CHAR, literal.charAt(i));
                }
            } else if (child instanceof QuoteMark mark) {
                tokens.add(child, 0, SmartQuotes.QUOTE, mark.mark);
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                tokens.add(child, 0, SmartQuotes.CHAR, '\n');
            } else {
                boolean wordEnd = child instanceof Emphasis || child instanceof StrongEmphasis;
                tokens.add(child, 0, wordEnd ? SmartQuotes.WORD_END : SmartQuotes.OPAQUE, '\0');
            }
        }
        int n = tokens.size;
        int[] kinds = Arrays.copyOf(tokens.kinds, n);
        int[] contexts = new int[n];
        char[] decided = new SmartQuotes(kinds, Arrays.copyOf(tokens.chars, n)).resolve(run.context, contexts);
        Map<Text, Integer> trimmed = new IdentityHashMap<>();
        for (int t = n - 1; t >= 0; t--) {
            Node node = tokens.nodes.get(t);
            if (kinds[t] == SmartQuotes.QUOTE) {
                TextEdits.replaceWithText(node, String.valueOf(decided[t]));
            } else if (kinds[t] == SmartQuotes.CHAR && decided[t] == 0) {
                if (node instanceof Text text) {
                    trimmed.merge(text, tokens.offsets[t], Math::min); // the spaces before a closing quote end their text
                } else {
                    node.unlink();
                }
            } else if (kinds[t] != SmartQuotes.CHAR && node.getFirstChild() != null && !isAutolink(node)) {
                runs.push(new Run(node, contexts[t]));
            }
        }
        trimmed.forEach((text, from) -> text.setLiteral(text.getLiteral().substring(0, from)));
    }

    /** One token per character of text and per other inline, in primitive arrays (a run is mostly characters). */
    private static final class Tokens {
        final List<Node> nodes = new ArrayList<>();
        int[] offsets = new int[64];
        int[] kinds = new int[64];
        char[] chars = new char[64];
        int size;

        void add(Node node, int offset, int kind, char c) {
            if (size == kinds.length) {
                offsets = Arrays.copyOf(offsets, size * 2);
                kinds = Arrays.copyOf(kinds, size * 2);
                chars = Arrays.copyOf(chars, size * 2);
            }
            nodes.add(node);
            offsets[size] = offset;
            kinds[size] = kind;
            chars[size] = c;
            size++;
        }
    }

    /** A link whose text is its address ({@code <https://a--b.org>}, or a bare URL): left as written. */
    private static boolean isAutolink(Node node) {
        if (!(node instanceof Link link) || !(link.getFirstChild() instanceof Text text) || text.getNext() != null) {
            return false;
        }
        String literal = text.getLiteral();
        String destination = link.getDestination();
        return destination.equals(literal) || destination.equals("mailto:" + literal)
                || destination.equals("http://" + literal) || destination.equals("https://" + literal);
    }

    /** pandoc's list of abbreviations (its {@code data/abbreviations}, 2.17). */
    private static final Set<String> ABBREVIATIONS = Set.of("aet.", "aetat.", "al.", "Apr.", "Aug.", "bk.", "Bros.",
            "c.", "Capt.", "cf.", "ch.", "chap.", "chs.", "Co.", "col.", "Corp.", "cp.", "d.", "Dec.", "Dr.", "e.g.",
            "ed.", "eds.", "esp.", "f.", "fasc.", "Feb.", "ff.", "fig.", "fl.", "fol.", "fols.", "Fr.", "Gen.", "Gov.",
            "Hon.", "i.e.", "ill.", "Inc.", "incl.", "Jan.", "Jr.", "Jul.", "Jun.", "Ltd.", "M.A.", "M.D.", "Mar.", "Mr.",
            "Mrs.", "Ms.", "n.", "n.b.", "nn.", "No.", "Nov.", "Oct.", "p.", "Ph.D.", "pp.", "Pres.", "Prof.", "pt.",
            "q.v.", "Rep.", "Rev.", "s.v.", "s.vv.", "saec.", "sec.", "Sen.", "Sep.", "Sept.", "Sgt.", "Sr.", "St.",
            "univ.", "viz.", "vol.", "vs.");

    /** The space after an abbreviation ("Mr. Smith", "pp. 3") is a no-break space, as pandoc makes it. */
    static String abbreviations(String text) {
        int dot = text.indexOf(". ");
        if (dot < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        for (; dot >= 0; dot = text.indexOf(". ", dot + 1)) {
            int space = dot + 1;
            if (space + 1 >= text.length() || Character.isWhitespace(text.charAt(space + 1))) {
                continue; // pandoc: only before a word on the same line
            }
            int start = dot;
            while (start > 0 && dot - start < 8
                    && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
                start--;
            }
            boolean wholeWord = start == 0 || !(Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '.');
            if (wholeWord && ABBREVIATIONS.contains(text.substring(start, dot + 1))) {
                out.setCharAt(space, '\u00a0');
            }
        }
        return out.toString();
    }

    /** {@code ---} → —, {@code --} → –, {@code ...} → …, left to right, as pandoc reads them. */
    static String dashes(String text) {
        int dash = text.indexOf("--");
        int dots = text.indexOf("...");
        if (dash < 0 && dots < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (dash >= 0 || dots >= 0) {
            int at = dots < 0 || dash >= 0 && dash < dots ? dash : dots;
            out.append(text, from, at);
            if (at == dots) {
                out.append('…');
                from = at + 3;
            } else if (text.startsWith("---", at)) {
                out.append('—');
                from = at + 3;
            } else {
                out.append('–');
                from = at + 2;
            }
            // each search starts after what was replaced, never again from the start: linear time
            dash = dash >= 0 && dash < from ? text.indexOf("--", from) : dash;
            dots = dots >= 0 && dots < from ? text.indexOf("...", from) : dots;
        }
        return out.append(text, from, text.length()).toString();
    }
}
