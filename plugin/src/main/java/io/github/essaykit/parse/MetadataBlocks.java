package io.github.essaykit.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * YAML metadata blocks after the front matter, which pandoc reads anywhere in a document: a line
 * {@code ---} after a blank line, followed by a line that is not blank, up to a line {@code ---}
 * or {@code ...}, holding a YAML mapping. They are metadata, not text: their lines become blank
 * lines (so positions stay the file's), and the fields in them are listed. Blocks inside fenced
 * code are left alone, and so is anything that is no mapping (a rule and a setext heading).
 */
final class MetadataBlocks {

    /** A block's first line (1-based) and its top-level fields. */
    record Block(int line, List<String> fields) {}

    /** The body with every metadata block blanked, and the blocks. */
    record Result(String body, List<Block> blocks) {}

    private MetadataBlocks() {}

    static Result blank(String body) {
        String[] lines = body.split("\n", -1);
        List<Block> blocks = new ArrayList<>();
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            String stripped = line.stripLeading();
            if (line.length() - stripped.length() <= 3 && (stripped.startsWith("```") || stripped.startsWith("~~~"))) {
                String run = stripped.substring(0, runLength(stripped));
                if (fence == null) {
                    fence = run;
                } else if (run.charAt(0) == fence.charAt(0) && run.length() >= fence.length() && stripped.equals(run)) {
                    fence = null;
                }
                continue;
            }
            if (fence != null || !line.equals("---") || (i > 0 && !lines[i - 1].isBlank())
                    || i + 1 >= lines.length || lines[i + 1].isBlank()) {
                continue;
            }
            int end = close(lines, i + 1);
            if (end < 0) {
                continue;
            }
            Map<?, ?> mapping = mapping(lines, i + 1, end);
            if (mapping == null) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            mapping.keySet().forEach(key -> fields.add(String.valueOf(key)));
            blocks.add(new Block(i + 1, fields));
            for (int j = i; j <= end; j++) {
                lines[j] = "";
            }
            i = end;
        }
        return new Result(blocks.isEmpty() ? body : String.join("\n", lines), blocks);
    }

    private static int runLength(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == line.charAt(0)) {
            n++;
        }
        return n;
    }

    private static int close(String[] lines, int from) {
        for (int j = from; j < lines.length; j++) {
            String line = lines[j].stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                return j;
            }
        }
        return -1;
    }

    private static Map<?, ?> mapping(String[] lines, int from, int end) {
        String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, from, end));
        try {
            return new Load(LoadSettings.builder().build()).loadFromString(yaml) instanceof Map<?, ?> map ? map : null;
        } catch (YamlEngineException | IllegalArgumentException e) {
            return null;
        }
    }
}
