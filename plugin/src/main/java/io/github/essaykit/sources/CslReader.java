package io.github.essaykit.sources;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import io.github.essaykit.diagnostic.Diagnostic;
import io.github.essaykit.yaml.NestingLimitedParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
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
 * Reads CSL-JSON and CSL-YAML item lists. Each item's line comes from the same single pass that
 * parses it (JSON: {@link LineCountingReader}; YAML: the composed nodes' marks), so a file of n
 * items loads in time linear in its size.
 */
final class CslReader {

    /**
     * The largest CSL-YAML file read, in characters: 64 MiB, some 200,000 items. SnakeYAML Engine's
     * own default is 3 MiB; a larger file gets a clear error (CSL-JSON has no limit).
     */
    static final int YAML_LIMIT = 64 * 1024 * 1024;

    private CslReader() {}

    static List<Source> readJson(String text, String name, List<Diagnostic> problems) {
        List<Object> items;
        LineCountingReader reader = new LineCountingReader(text);
        try {
            JsonLexer lexer = new JsonLexer(reader);
            if (text.stripLeading().startsWith("{")) {
                items = List.of(new JsonParser(lexer).parseObject());
            } else {
                items = new JsonParser(lexer).parseArray();
            }
        } catch (IOException | RuntimeException e) {
            problems.add(Diagnostic.error(name, reader.line(), reader.column(),
                    "malformed CSL-JSON: " + SourceLoader.firstLine(e.getMessage())));
            return List.of();
        }
        return toSources(items, reader.itemLines(), name, true, problems);
    }

    static List<Source> readYaml(String text, String name, List<Diagnostic> problems) {
        if (text.length() > YAML_LIMIT) {
            problems.add(Diagnostic.error(name, 0, 0, "this CSL-YAML file is larger than " + (YAML_LIMIT >> 20)
                    + " MiB, the most essaykit reads as YAML; split it into several files or convert it to CSL-JSON"));
            return List.of();
        }
        LoadSettings settings = LoadSettings.builder().setLabel(name).setCodePointLimit(YAML_LIMIT).build();
        Optional<Node> root;
        Object data;
        try {
            var events = NestingLimitedParser.of(new ParserImpl(settings, new StreamReader(settings, text)));
            root = new Composer(settings, events).getSingleNode();
            data = new StandardConstructor(settings).constructSingleDocument(root);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(mark -> mark.getLine() + 1).orElse(0);
            int column = e.getProblemMark().map(mark -> mark.getColumn() + 1).orElse(0);
            problems.add(Diagnostic.error(name, line, column, "malformed CSL-YAML: " + SourceLoader.firstLine(e.getProblem())));
            return List.of();
        } catch (YamlEngineException e) {
            problems.add(Diagnostic.error(name, 0, 0, "malformed CSL-YAML: " + SourceLoader.firstLine(e.getMessage())));
            return List.of();
        }
        Node list = root.orElse(null);
        if (data instanceof Map<?, ?> map && map.get("references") instanceof List<?> references) {
            data = references;
            list = references(list);
        }
        if (!(data instanceof List<?> items)) {
            problems.add(Diagnostic.error(name, 1, 1, "CSL-YAML must be a list of items or have a 'references' list"));
            return List.of();
        }
        List<Integer> lines = new ArrayList<>();
        if (list instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof MappingNode mapping) {
                    Node at = idKey(mapping);
                    lines.add(at.getStartMark().map(mark -> mark.getLine() + 1).orElse(0));
                }
            }
        }
        return toSources(new ArrayList<>(items), lines, name, false, problems);
    }

    /** The node of the 'references' list in a mapping. */
    private static Node references(Node root) {
        if (root instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("references")) {
                    return tuple.getValueNode();
                }
            }
        }
        return null;
    }

    /** Where an item's line is: its 'id' key, else the item itself. */
    private static Node idKey(MappingNode item) {
        for (NodeTuple tuple : item.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("id")) {
                return key;
            }
        }
        return item;
    }

    private static boolean isCslType(String type) {
        try {
            de.undercouch.citeproc.csl.CSLType.fromString(type);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** @param lines the line of each item that is a map, in order */
    private static List<Source> toSources(List<Object> items, List<Integer> lines, String name, boolean json,
            List<Diagnostic> problems) {
        List<Source> sources = new ArrayList<>();
        int maps = 0;
        for (Object object : items) {
            int line = object instanceof Map<?, ?> && maps < lines.size() ? lines.get(maps) : 0;
            if (object instanceof Map<?, ?>) {
                maps++;
            }
            if (!(object instanceof Map<?, ?> raw) || raw.get("id") == null) {
                problems.add(Diagnostic.error(name, line, line > 0 ? 1 : 0, "a CSL item without an 'id'"));
                continue;
            }
            String key = String.valueOf(raw.get("id"));
            try {
                Map<String, Object> variables = json ? CslJson.normaliseJson(raw) : CslJson.normalise(raw);
                key = String.valueOf(variables.get("id")); // a note's "id:" line renames the item, as in pandoc
                if (variables.get("type") instanceof String type && !type.isEmpty() && !isCslType(type)) {
                    // pandoc keeps such an item and the style prints it as a work of no particular type
                    problems.add(Diagnostic.warning(name, line, 1, "item '" + key + "' has type '" + type
                            + "', which is not a CSL type; it is read as 'document'"));
                    variables.put("type", "document");
                }
                CSLItemData item = CSLItemData.fromJson(variables);
                sources.add(new Source(key, item, name, line, CslJson.string(raw, "archive-url", "archive_url", "archiveurl"),
                        CslJson.string(raw, "archive-date", "archive_date"), CslJson.string(raw, "file")));
            } catch (RuntimeException e) {
                problems.add(Diagnostic.error(name, line, 1, "cannot read item '" + key + "': " + SourceLoader.firstLine(e.getMessage())));
            }
        }
        return sources;
    }
}
