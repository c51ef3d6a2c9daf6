package io.github.essaykit.parse;

import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.yaml.NestingLimitedParser;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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

    private final String file;
    private final List<Diagnostic> diagnostics;

    FrontMatterParser(String file, List<Diagnostic> diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /** Parses the YAML text, which starts on line 2 of the file. */
    FrontMatter parse(String yaml) {
        int before = diagnostics.size();
        Map<String, Node> fields = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        Node root = compose(yaml);
        if (root instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    Integer first = lines.get(key.getValue());
                    if (first != null) {
                        // the composer keeps both; SnakeYAML's own check would only run in its constructor
                        error(line(key), column(key), "'" + key.getValue() + "' is given twice in the front matter (first on line "
                                + first + "); keep one");
                        continue;
                    }
                    fields.put(key.getValue(), tuple.getValueNode());
                    lines.put(key.getValue(), line(key));
                }
            }
        } else if (root != null) {
            error(line(root), column(root), "front matter must be a YAML mapping of fields (title: ..., author: ...)");
        }
        String title = text(fields, "title");
        if (title.isBlank() && diagnostics.size() == before) {
            error(1, 1, "missing 'title' in the front matter; add a line such as 'title: \"My essay\"'");
        }
        return new FrontMatter(
                title,
                text(fields, "subtitle"),
                list(fields, "author"),
                date(fields.get("date")),
                text(fields, "summary"),
                list(fields, "tags"),
                list(fields, "bibliography"),
                nocite(fields.get("nocite")),
                flag(fields, "draft").orElse(false),
                flag(fields, "numberSections"),
                lines);
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
            error(line, column, "front matter is not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            error(1, 1, "front matter is not valid YAML: " + e.getMessage());
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
        error(line(node), column(node), "'" + name + "' must be a single text value");
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
                    error(line(item), column(item), "'" + name + "' must be a text or a list of texts");
                }
            }
        } else if (node != null) {
            error(line(node), column(node), "'" + name + "' must be a text or a list of texts");
        }
        return values;
    }

    private Optional<Boolean> flag(Map<String, Node> fields, String name) {
        Node node = fields.get(name);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar && scalar.getValue().matches("true|false")) {
            return Optional.of(Boolean.parseBoolean(scalar.getValue()));
        }
        error(line(node), column(node), "'" + name + "' must be true or false");
        return Optional.empty();
    }

    private Optional<LocalDate> date(Node node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar) {
            try {
                return Optional.of(LocalDate.parse(scalar.getValue().strip()));
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        error(line(node), column(node), "'date' must be an ISO date such as 2026-11-29");
        return Optional.empty();
    }

    /** "@a @b", "@a, @b", a list of "@a", or "@*" for every source; keys may omit the '@' in a list. */
    private List<String> nocite(Node node) {
        List<String> keys = new ArrayList<>();
        List<Node> items = node instanceof SequenceNode sequence ? sequence.getValue() : node == null ? List.of() : List.of(node);
        for (Node item : items) {
            if (!(item instanceof ScalarNode scalar)) {
                error(line(item), column(item), "'nocite' must be citation keys such as \"@allison1971\" or \"@*\"");
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

    private void error(int line, int column, String message) {
        diagnostics.add(Diagnostic.error(file, line, column, message));
    }

    private static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 2).orElse(1);
    }

    private static int column(Node node) {
        return node.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
    }
}
