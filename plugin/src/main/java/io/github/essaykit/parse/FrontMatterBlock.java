package io.github.essaykit.parse;

/**
 * Splits a file into its YAML front matter and its Markdown body. The body keeps the front
 * matter's lines as blank lines, so Markdown positions are the file's own lines. Lines end in
 * LF ({@link io.github.essaykit.discover.InputText#normalize}).
 */
record FrontMatterBlock(String yaml, String body, boolean unclosed) {

    static FrontMatterBlock split(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].stripTrailing().equals("---")) {
            return new FrontMatterBlock("", text, false);
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                StringBuilder yaml = new StringBuilder();
                for (int j = 1; j < i; j++) {
                    yaml.append(lines[j]).append('\n');
                }
                StringBuilder body = new StringBuilder("\n".repeat(i + 1));
                for (int j = i + 1; j < lines.length; j++) {
                    body.append(lines[j]);
                    if (j < lines.length - 1) {
                        body.append('\n');
                    }
                }
                return new FrontMatterBlock(yaml.toString(), body.toString(), false);
            }
        }
        return new FrontMatterBlock("", text, true);
    }
}
