package io.github.essaykit.discover;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void namesOneFileOnAHostThatIgnoresCaseAndUnicodeFormsFoldAlike() {
        assertThat(FileNames.folded("Notes/A.MD")).isEqualTo(FileNames.folded("notes/a.md")).isEqualTo("notes/a.md");
        assertThat(FileNames.folded("Cafe\u0301.md")).isEqualTo(FileNames.folded("caf\u00e9.MD")).isEqualTo("caf\u00e9.md");
        assertThat(FileNames.folded("a.md")).isNotEqualTo(FileNames.folded("b.md"));
    }

    @Test
    void spacesAndEveryScriptAreFine() {
        assertThat(FileNames.problem("my essay.md")).isNull();
        assertThat(FileNames.problem("notes/café au lait.md")).isNull();
        assertThat(FileNames.problem("日記/über-straße (2).md")).isNull();
        assertThat(FileNames.problem("img/a+b&c.png")).isNull();
    }

    @Test
    void namesAHostOrABrowserWouldReadDifferentlyAreRefused() {
        assertThat(FileNames.problem("what?.md")).contains("'what?.md'").contains("has '?'");
        assertThat(FileNames.problem("notes/c#.md")).contains("'c#.md'").contains("has '#'");
        assertThat(FileNames.problem("100%.md")).contains("has '%'");
        assertThat(FileNames.problem("a:b.md")).contains("has ':'");
        assertThat(FileNames.problem("back\\slash.md")).contains("has '\\'");
        assertThat(FileNames.problem("line\nbreak.md")).contains("'line<U+000A>break.md'").contains("invisible character U+000A");
        assertThat(FileNames.problem("invoice\u202Efdp.md")).contains("invisible character U+202E");
        assertThat(FileNames.problem("zero\u200Bwidth.md")).contains("U+200B");
        assertThat(FileNames.problem("notes /a.md")).contains("'notes '").contains("ends with a space");
        assertThat(FileNames.problem("dotted./a.md")).contains("ends with a dot");
    }
}
