package io.github.essaykit.cite;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.format.HtmlFormat;
import de.undercouch.citeproc.csl.internal.token.TextToken;
import de.undercouch.citeproc.csl.internal.token.Token;
import de.undercouch.citeproc.helper.SmartQuotes;
import de.undercouch.citeproc.helper.StringHelper;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * citeproc-java 3.5.2's HTML output format with the same post-processing, made cheaper: its first
 * step, straight quotes made curly, compiled fourteen patterns for every citation and entry
 * rendered and ran them over every piece of text (a twentieth of a build's CPU). Here the
 * patterns are compiled once per set of quote terms and language, and text without a straight
 * quote or the opening inner quote is left alone: each of the fourteen patterns needs one of
 * them to match. The later steps are citeproc-java's own, copied from its {@code BaseFormat}
 * (Apache License 2.0, Michel Kraemer), where they are private, but for its French punctuation
 * spacing, which pandoc does not apply, and for quotation marks in values ({@link #localQuotes},
 * {@link #curlQuotes}). {@code QuotesOnceHtmlFormatTest} compares the two formats' output. A
 * processor gets a new one on every reset.
 */
final class QuotesOnceHtmlFormat extends HtmlFormat {

    /**
     * The smart quotes of each set of quote terms and language: a value of its key alone, whose
     * patterns are immutable, so builds sharing a JVM may share it; as many as the locales used.
     */
    private static final Map<List<Object>, SmartQuotes> QUOTES = new ConcurrentHashMap<>();
    private static final Map<String, String> MERGE_PUNCTUATION_MAP = Map.ofEntries(
            Map.entry("!.", "!"), Map.entry("!:", "!"),
            Map.entry("?.", "?"), Map.entry("?:", "?"),
            Map.entry(":!", "!"), Map.entry(":?", "?"), Map.entry(":.", ":"),
            Map.entry(";!", "!"), Map.entry(";?", "?"), Map.entry(";:", ";"), Map.entry(";.", ";"));

    @Override
    protected void postProcess(TokenBuffer buffer, RenderContext ctx) {
        List<Token> tokens = buffer.getTokens();
        localQuotes(tokens, ctx);
        curlQuotes(tokens, ctx);
        // from here on citeproc-java 3.5.2's BaseFormat.postProcess, unchanged
        // swap punctuation and closing quotation marks if necessary
        if (ctx.getLocale().getStyleOptions().isPunctuationInQuote()) {
            for (int i = 0; i < tokens.size() - 1; ++i) {
                Token ti = tokens.get(i);
                if (!(ti instanceof TextToken)) {
                    continue;
                }
                TextToken t0 = (TextToken)ti;

                int j = findNextText(tokens, i);
                if (j < 0) {
                    break;
                }
                TextToken t1 = (TextToken)tokens.get(j);

                if (t0.getType() == TextToken.Type.CLOSE_QUOTE && !t1.getText().isEmpty() &&
                        (t1.getText().charAt(0) == ',' || t1.getText().charAt(0) == '.')) {
                    String nextText = t1.getText();
                    String punctuation = nextText.substring(0, 1);
                    String rest = nextText.substring(1);
                    tokens.set(j, t1.copyWithText(rest));

                    // The token before CLOSE_QUOTE should be a TEXT token. If
                    // it also ends with a closing quote, merge the punctuation
                    // even further.
                    if (i > 0 && tokens.get(i - 1) instanceof TextToken &&
                            ((TextToken)tokens.get(i - 1)).getType() == TextToken.Type.TEXT) {
                        TextToken tt = (TextToken)tokens.get(i - 1);
                        String ttt = tt.getText();
                        int len = ttt.length();

                        String cq = ctx.getTerm("close-quote");
                        String ciq = ctx.getTerm("close-inner-quote");
                        while (len > 0) {
                            String ss = ttt.substring(0, len);
                            if (ss.endsWith(cq)) {
                                len -= cq.length();
                            } else if (ss.endsWith(ciq)) {
                                len -= ciq.length();
                            } else {
                                break;
                            }
                        }

                        if (len == 0) {
                            // The whole token consists of closing quotes. Move
                            // the punctuation before the token.
                            i -= 1;
                        } else if (len < ttt.length()) {
                            // split the token
                            String ttr = ttt.substring(len);
                            ttt = ttt.substring(0, len);
                            tokens.set(i - 1, tt.copyWithText(ttt));
                            tokens.add(i, tt.copyWithText(ttr));
                        }
                    }

                    tokens.add(i, t1.copyWithText(punctuation));
                    i = j;
                }
            }
        }

        // remove extraneous prefixes, suffixes, and delimiters
        for (int i = 1; i < tokens.size(); ++i) {
            Token ti = tokens.get(i);
            if (!(ti instanceof TextToken)) {
                continue;
            }
            TextToken t1 = (TextToken)ti;

            boolean mergeableSuffix = t1.getType() == TextToken.Type.SUFFIX &&
                    !t1.getText().startsWith(")");
            if (t1.getType() == TextToken.Type.PREFIX || mergeableSuffix ||
                    t1.getType() == TextToken.Type.DELIMITER) {
                int j = findPreviousNonQuote(tokens, i);
                if (j < 0) {
                    continue;
                }

                // collect as much preceding text as necessary
                TextToken t0 = (TextToken)tokens.get(j);
                String t0str = t0.getText();
                if (t0str.length() < t1.getText().length()) {
                    StringBuilder pre = new StringBuilder(t0str);
                    while (pre.length() < t1.getText().length() && j > 0) {
                        --j;
                        Token tj = tokens.get(j);
                        if (!(tj instanceof TextToken)) {
                            continue;
                        }
                        t0 = (TextToken)tj;
                        pre.insert(0, t0.getText());
                    }
                    t0str = pre.toString();
                }

                // remove overlap from t1
                int overlap = StringHelper.overlap(t0str, t1.getText());
                if (overlap > 0) {
                    String rest = t1.getText().substring(overlap);
                    if (rest.isEmpty()) {
                        tokens.remove(i);
                        i--;
                    } else {
                        tokens.set(i, t1.copyWithText(rest));
                    }
                }
            }
        }

        // merge punctuation
        for (int i = 1; i < tokens.size(); ++i) {
            Token ti = tokens.get(i);
            if (!(ti instanceof TextToken)) {
                continue;
            }
            TextToken t1 = (TextToken)ti;

            int j = findPreviousNonQuote(tokens, i);
            if (j < 0) {
                continue;
            }
            TextToken t0 = (TextToken)tokens.get(j);

            if (!t0.getText().isEmpty() && !t1.getText().isEmpty() &&
                    (t1.getType() == TextToken.Type.PREFIX ||
                            t1.getType() == TextToken.Type.SUFFIX ||
                            t1.getType() == TextToken.Type.DELIMITER)) {
                // check if we need to merge the last character of t0 with
                // the first one of t1
                String lookup = t0.getText().substring(t0.getText().length() - 1) +
                        t1.getText().charAt(0);
                String replacement = MERGE_PUNCTUATION_MAP.get(lookup);

                if (replacement != null) {
                    // replace last character in t0
                    String nt0 = t0.getText().substring(0, t0.getText().length() - 1) +
                            replacement;
                    tokens.set(j, t0.copyWithText(nt0));

                    // remove first character from t1 and remove t1 if it's empty
                    String rest = t1.getText().substring(1);
                    if (rest.isEmpty()) {
                        tokens.remove(i);
                        i--;
                    } else {
                        tokens.set(i, t1.copyWithText(rest));
                    }
                }
            }
        }

        // citeproc-java would now put a no-break space before each ":", ";", "!" and "?" of a French
        // citation, titles included ("Essence of Decision : Explaining ..."); pandoc 2.17 leaves the
        // text as written and CSL 1.0.2 asks for no such step, so it is left out

        // filter DOI prefix
        if (convertLinks) {
            for (int i = 1; i < tokens.size(); ++i) {
                Token ti = tokens.get(i);
                if (!(ti instanceof TextToken)) {
                    continue;
                }
                TextToken t1 = (TextToken)ti;

                int j = findPreviousText(tokens, i);
                if (j < 0) {
                    continue;
                }
                TextToken t0 = (TextToken)tokens.get(j);

                if (t1.getType() == TextToken.Type.DOI &&
                        t0.getType() == TextToken.Type.PREFIX &&
                        t0.getText().matches("^https?://doi.org/?$")) {
                    // add doi.org if necessary
                    String url = addDOIPrefix(t1.getText());
                    if (!url.equals(t1.getText())) {
                        tokens.set(i, t1.copyWithText(url));
                    }

                    // Remove unnecessary prefix
                    tokens.remove(j);
                }
            }
        }
    }

    /**
     * A quotation inside a value ("On ``quoted'' matters" in BibTeX, curly quotes in CSL-JSON) comes
     * as “…”, which citeproc-java turns into the inner quotes of an English locale only: in German it
     * printed „On “quoted” matters“. For a locale whose quotation marks are others, each “…” in a
     * text takes the locale's marks for its depth among the style's own quotes (CSL 1.0.2, Quotes:
     * inner quotes within quotes), as pandoc prints it: „On ‚quoted‘ matters“.
     */
    private static void localQuotes(List<Token> tokens, RenderContext ctx) {
        String open = ctx.getTerm("open-quote");
        if (open == null || open.equals("\u201c")) {
            return;
        }
        String[] marks = {open, ctx.getTerm("close-quote"), ctx.getTerm("open-inner-quote"), ctx.getTerm("close-inner-quote")};
        int depth = 0;
        for (int i = 0; i < tokens.size(); ++i) {
            if (!(tokens.get(i) instanceof TextToken tt)) {
                continue;
            }
            if (tt.getType() == TextToken.Type.OPEN_QUOTE) {
                depth++;
            } else if (tt.getType() == TextToken.Type.CLOSE_QUOTE) {
                depth = Math.max(0, depth - 1);
            } else if (tt.getType() == TextToken.Type.TEXT && tt.getText().indexOf('\u201c') >= 0) {
                String text = tt.getText();
                StringBuilder out = new StringBuilder(text.length());
                int inner = depth;
                for (int at = 0; at < text.length(); at++) {
                    char c = text.charAt(at);
                    if (c == '\u201c' && text.indexOf('\u201d', at) > 0) {
                        out.append(marks[inner % 2 == 0 ? 0 : 2]);
                        inner++;
                    } else if (c == '\u201d' && inner > depth) {
                        inner--;
                        out.append(marks[inner % 2 == 0 ? 1 : 3]);
                    } else {
                        out.append(c);
                    }
                }
                tokens.set(i, tt.copyWithText(out.toString()));
            }
        }
    }

    /** Stands for a straight double quote of a value while the quotes are curled (see {@link #curlQuotes}). */
    static final char STRAIGHT = '\uE005';

    /**
     * citeproc-java's first step: straight quotes in text, prefixes, suffixes and delimiters made
     * curly; but a straight double quote of a value (a BibTeX title's {@code "hands"}) stays as
     * written, as pandoc keeps it ("On "Straight" Matters"): citeproc-java's patterns made it ‘…’ in
     * English and, made for English, printed „On „straight“ matters‘ in German.
     */
    private static void curlQuotes(List<Token> tokens, RenderContext ctx) {
        List<Object> terms = Arrays.asList(ctx.getTerm("open-inner-quote"), ctx.getTerm("close-inner-quote"), ctx.getTerm("open-quote"),
                ctx.getTerm("close-quote"), ctx.getLocale().getLang());
        // the terms are spelt into the patterns as they are (a missing one as "null"); two patterns match
        // the opening inner quote alone, the others need a straight quote, unless a term reads as pattern syntax
        String openInner = String.valueOf(terms.get(0));
        boolean plain = terms.subList(0, 4).stream().allMatch(t -> String.valueOf(t).chars().noneMatch(c -> "\\[](){}.*+?^$|".indexOf(c) >= 0));
        SmartQuotes quotes = null;
        for (int i = 0; i < tokens.size(); ++i) {
            if (!(tokens.get(i) instanceof TextToken tt)) {
                continue;
            }
            TextToken.Type type = tt.getType();
            if (type != TextToken.Type.TEXT && type != TextToken.Type.PREFIX && type != TextToken.Type.SUFFIX
                    && type != TextToken.Type.DELIMITER) {
                continue;
            }
            String text = tt.getText();
            if (plain && text.indexOf('\'') < 0 && text.indexOf('"') < 0 && !text.contains(openInner)) {
                continue; // no pattern can match
            }
            if (quotes == null) {
                quotes = QUOTES.computeIfAbsent(terms, k -> new SmartQuotes((String) k.get(0), (String) k.get(1), (String) k.get(2),
                        (String) k.get(3), (Locale) k.get(4)));
            }
            boolean masked = type == TextToken.Type.TEXT && text.indexOf('"') >= 0;
            String curled = masked ? quotes.apply(text.replace('"', STRAIGHT)).replace(STRAIGHT, '"') : quotes.apply(text);
            if (!curled.equals(text)) {
                tokens.set(i, tt.copyWithText(curled));
            }
        }
    }

    private static int findNextText(List<Token> tokens, int i) {
        for (int j = i + 1; j < tokens.size(); ++j) {
            if (tokens.get(j) instanceof TextToken) {
                return j;
            }
        }
        return -1;
    }

    private static int findPreviousText(List<Token> tokens, int i) {
        for (int j = i - 1; j >= 0; --j) {
            if (tokens.get(j) instanceof TextToken) {
                return j;
            }
        }
        return -1;
    }

    private static int findPreviousNonQuote(List<Token> tokens, int i) {
        for (int j = i - 1; j >= 0; --j) {
            Token t = tokens.get(j);
            if (t instanceof TextToken &&
                    ((TextToken)t).getType() != TextToken.Type.CLOSE_QUOTE) {
                return j;
            }
        }
        return -1;
    }
}
