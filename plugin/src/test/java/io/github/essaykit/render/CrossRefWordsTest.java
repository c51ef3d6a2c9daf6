package io.github.essaykit.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essaykit.resolve.Label;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossRefWordsTest {

    @Test
    void wordsFollowTheLocalesLanguage() {
        assertThat(CrossRefWords.forLocale("de-DE").word(Label.Kind.FIGURE, false)).isEqualTo("Abbildung");
        assertThat(CrossRefWords.forLocale("fr-FR").word(Label.Kind.TABLE, true)).isEqualTo("Tableaux");
        assertThat(CrossRefWords.forLocale("en-GB").word(Label.Kind.SECTION, false)).isEqualTo("Section");
        assertThat(CrossRefWords.forLocale("ja-JP").word(Label.Kind.SECTION, true)).isEqualTo("Sections");
    }

    @Test
    void aPropertiesFileInTheTemplateFolderReplacesWords(@TempDir Path templates) throws Exception {
        Files.writeString(templates.resolve("crossref.properties"), "figure=Fig.\nfigures=Figs.\n");
        CrossRefWords words = CrossRefWords.load("en-US", templates);
        assertThat(words.word(Label.Kind.FIGURE, false)).isEqualTo("Fig.");
        assertThat(words.word(Label.Kind.FIGURE, true)).isEqualTo("Figs.");
        assertThat(words.word(Label.Kind.TABLE, false)).isEqualTo("Table");
    }
}
