package io.github.essaykit.parse;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.markdown.SmartPunctuationExtension;
import io.github.essaykit.yaml.NestingLimitedParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads the YAML block between the opening {@code ---} and the closing {@code ---} or {@code ...}
 * with SnakeYAML Engine's composer, so every field keeps its line for diagnostics.
 */
final class FrontMatterParser {

    private static final Pattern KEY = Pattern.compile("@\\{([^}]+)}|@([\\p{L}\\p{N}_][^\\s,;]*[\\p{L}\\p{N}_]|[\\p{L}\\p{N}_])|(\\*)");
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setMaxAliasesForCollections(10)
            .setCodePointLimit(1 << 20)
            .build();

    private static final Pattern LANG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    private final NodeProblems problems;

    FrontMatterParser(String file, List<Diagnostic> diagnostics) {
        this.problems = new NodeProblems(file, diagnostics);
    }

    /** Parses the YAML text, which starts on line 2 of the file. A missing title is left empty for {@link TitleFallback}. */
    FrontMatter parse(String yaml) {
        Map<String, Node> fields = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        Node root = compose(yaml);
        if (root instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    Integer first = lines.get(key.getValue());
                    if (first != null) {
                        // the composer keeps both; SnakeYAML's own check would only run in its constructor
                        problems.error(key, "'" + key.getValue() + "' is given twice in the front matter (first on line "
                                + first + "); keep one");
                        continue;
                    }
                    String hint = FrontMatterKeys.typoHint(key.getValue());
                    if (!hint.isEmpty()) {
                        problems.warning(key, "'" + key.getValue() + "' is not a front matter field essaykit reads" + hint
                                + "; it is ignored");
                    }
                    fields.put(key.getValue(), tuple.getValueNode());
                    lines.put(key.getValue(), line(key));
                }
            }
        } else if (root != null) {
            problems.error(root, "front matter must be a YAML mapping of fields (title: ..., author: ...)");
        }
        // papaja names its list of {id, institution} 'affiliation'
        Node affiliations = fields.get("affiliations") == null && fields.get("affiliation") instanceof SequenceNode papaja
                ? papaja : fields.get("affiliations");
        AuthorReader authors = new AuthorReader(problems, affiliations);
        List<Author> authorList = new ArrayList<>(authors.read(fields.get("author")));
        authorList.addAll(authors.read(fields.get("authors")));
        authorList.replaceAll(a -> new Author(smart(a.name()), a.affiliations().stream().map(FrontMatterParser::smart).toList(),
                a.orcid(), a.email(), a.url()));
        String summary = smart(text(fields, "summary"));
        String description = smart(text(fields, "description"));
        List<String> tags = new ArrayList<>();
        for (String name : List.of("tags", "categories", "keywords")) {
            // "tags: a, b" (one text, as Hugo and R Markdown blogs write it) is two tags
            list(fields, name).stream().flatMap(t -> fields.get(name) instanceof ScalarNode ? java.util.Arrays.stream(t.split("\\s*,\\s*")) : java.util.stream.Stream.of(t))
                    .filter(t -> !t.isEmpty() && !tags.contains(t)).forEach(tags::add);
        }
        return new FrontMatter(
                smart(text(fields, "title")),
                smart(text(fields, "subtitle")),
                authorList,
                date(fields.get("date")),
                summary.isEmpty() ? description : summary,
                text(fields, "abstract"),
                tags,
                list(fields, "bibliography"),
                nocite(fields.get("nocite")),
                flag(fields, "draft").orElse(false),
                flag(fields, "numberSections").or(() -> flag(fields, "number-sections")),
                style(fields),
                lang(fields.get("lang")),
                smart(text(fields, "reference-section-title")),
                flag(fields, "link-citations").orElse(true),
                new FrontMatter.Toc(flag(fields, "toc"), tocDepth(fields.get("toc-depth")), text(fields, "toc-title")),
                lines,
                textLine(fields.get("abstract")),
                description,
                scalars(fields.get("execute")));
    }

    /** Text shown as written but with pandoc's smart punctuation, which pandoc applies to metadata as to the body. */
    private static String smart(String text) {
        return SmartPunctuationExtension.apply(text);
    }

    /** {@code csl} or Quarto's {@code citation-style}: an official style id or a .csl file. */
    private String style(Map<String, Node> fields) {
        String csl = text(fields, "csl");
        String other = text(fields, "citation-style");
        if (!csl.isEmpty() && !other.isEmpty() && !csl.equals(other)) {
            problems.error(fields.get("citation-style"), "'citation-style' and 'csl' name different styles; keep one");
        }
        return csl.isEmpty() ? other : csl;
    }

    private String lang(Node node) {
        if (node == null) {
            return "";
        }
        String value = node instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
        if (!LANG.matcher(value).matches()) {
            problems.error(node, "'lang' must be a language tag such as en-GB or fr");
            return "";
        }
        return value;
    }

    private Node compose(String yaml) {
        if (yaml.isBlank()) {
            return null;
        }
        try {
            Composer composer = new Composer(SETTINGS, NestingLimitedParser.of(new ParserImpl(SETTINGS, new StreamReader(SETTINGS, yaml))));
            return composer.getSingleNode().orElse(null);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().orElse(e.getContextMark().orElse(null));
            int line = mark == null ? 1 : mark.getLine() + 2;
            int column = mark == null ? 0 : mark.getColumn() + 1;
            problems.error(line, column, "front matter is not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            problems.error(1, 1, "front matter is not valid YAML: " + e.getMessage());
        }
        return null;
    }

    private String text(Map<String, Node> fields, String name) {
        Node node = fields.get(name);
        if (node == null) {
            return "";
        }
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue().strip();
        }
        problems.error(node, "'" + name + "' must be a single text value");
        return "";
    }

    private List<String> list(Map<String, Node> fields, String name) {
        Node node = fields.get(name);
        List<String> values = new ArrayList<>();
        if (node instanceof ScalarNode scalar) {
            if (!scalar.getValue().isBlank()) {
                values.add(scalar.getValue().strip());
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    values.add(scalar.getValue().strip());
                } else {
                    problems.error(item, "'" + name + "' must be a text or a list of texts");
                }
            }
        } else if (node != null) {
            problems.error(node, "'" + name + "' must be a text or a list of texts");
        }
        return values;
    }

    private Optional<Boolean> flag(Map<String, Node> fields, String name) {
        Node node = fields.get(name);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar) {
            // R Markdown writes "yes"/"no", which YAML 1.2 reads as text; pandoc takes both
            String value = scalar.getValue().strip().toLowerCase(java.util.Locale.ROOT);
            if (value.matches("true|yes|on")) {
                return Optional.of(true);
            }
            if (value.matches("false|no|off")) {
                return Optional.of(false);
            }
        }
        problems.error(node, "'" + name + "' must be true or false");
        return Optional.empty();
    }

    /** {@code toc-depth: 2}: how many heading levels the table of contents lists (1 to 6). */
    private int tocDepth(Node node) {
        if (node == null) {
            return FrontMatter.Toc.DEFAULT_DEPTH;
        }
        String value = node instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
        if (!value.matches("[1-6]")) {
            problems.error(node, "'toc-depth' must be a number of heading levels from 1 to 6, e.g. toc-depth: 2");
            return FrontMatter.Toc.DEFAULT_DEPTH;
        }
        return Integer.parseInt(value);
    }

    private Optional<EssayDate> date(Node node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar) {
            if (DateReader.isMoving(scalar.getValue())) {
                problems.warning(node, "'date: " + scalar.getValue().strip() + "' is not used: a build gives the same pages"
                        + " whatever the day, so the essay is shown undated; write its date, e.g. 2021-01-29");
                return Optional.empty();
            }
            Optional<EssayDate> date = DateReader.read(scalar.getValue());
            if (date.isPresent() && DateReader.ambiguous(scalar.getValue())) {
                problems.warning(node, "'" + scalar.getValue().strip() + "' is read month first, as Quarto reads it ("
                        + date.get().text(java.util.Locale.US) + "); write " + date.get().iso() + " to say so unambiguously");
            }
            if (date.isPresent()) {
                return date;
            }
            String written = scalar.getValue().strip();
            if (!written.isEmpty() && !DateReader.looksLikeADate(written)) {
                // pandoc shows any text as the date; so do we, but it cannot order the essay
                problems.warning(node, "'" + written + "' is not a date essaykit can read, so it is shown as written and the"
                        + " essay is listed with the undated ones; write 2021-01-29, \"29 January 2021\", \"January 2021\" or 2021");
                return Optional.of(EssayDate.asWritten(written));
            }
        }
        problems.error(node, "'date' must be a date such as 2021-01-29, \"29 January 2021\", \"January 2021\" or 2021"
                + (node instanceof ScalarNode ? "; this one names no real day" : ""));
        return Optional.empty();
    }

    /** "@a @b", "@a, @b", a list of "@a", or "@*" for every source; keys may omit the '@' in a list. */
    private List<String> nocite(Node node) {
        List<String> keys = new ArrayList<>();
        List<Node> items = node instanceof SequenceNode sequence ? sequence.getValue() : node == null ? List.of() : List.of(node);
        for (Node item : items) {
            if (!(item instanceof ScalarNode scalar)) {
                problems.error(item, "'nocite' must be citation keys such as \"@allison1971\" or \"@*\"");
                continue;
            }
            String value = scalar.getValue().strip();
            Matcher m = KEY.matcher(value);
            boolean found = false;
            while (m.find()) {
                found = true;
                keys.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : "*");
            }
            if (!found && !value.isEmpty()) {
                keys.add(value);
            }
        }
        return keys;
    }

    /** The text values of a mapping ({@code execute: {echo: false}}), by key; anything else is left out. */
    private static Map<String, String> scalars(Node node) {
        Map<String, String> values = new LinkedHashMap<>();
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && tuple.getValueNode() instanceof ScalarNode value) {
                    values.put(key.getValue(), value.getValue());
                }
            }
        }
        return values;
    }

    /** Where a text value starts: a block scalar ({@code abstract: |}) on the line after its indicator. */
    private static int textLine(Node node) {
        if (!(node instanceof ScalarNode scalar)) {
            return 0;
        }
        boolean block = scalar.getScalarStyle() == org.snakeyaml.engine.v2.common.ScalarStyle.LITERAL
                || scalar.getScalarStyle() == org.snakeyaml.engine.v2.common.ScalarStyle.FOLDED;
        return line(node) + (block ? 1 : 0);
    }

    private static int line(Node node) {
        return NodeProblems.line(node);
    }
}
