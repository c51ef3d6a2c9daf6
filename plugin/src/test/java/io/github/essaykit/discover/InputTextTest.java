package io.github.essaykit.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputTextTest {

    @TempDir
    Path dir;

    private static InputText.Read decode(byte[] bytes) {
        return InputText.decode(bytes, "essays/a.md", StandardCharsets.UTF_8, InputText.SET_ENCODING);
    }

    @Test
    void aLatin1ByteIsReportedAtItsLineAndColumnWithWhatToDo() {
        byte[] latin1 = "---\ntitle: T\n---\n\nFirst.\nThe caf\u00e9 at night.\n".getBytes(StandardCharsets.ISO_8859_1);
        InputText.Read read = decode(latin1);
        assertThat(read.ok()).isFalse();
        assertThat(read.problem()).hasToString("essays/a.md:6:8: error: byte 0xE9 is not valid UTF-8 text; save the file as"
                + " UTF-8, or set project.build.sourceEncoding (or -Dessay.encoding=...) to the encoding it is saved in");
    }

    @Test
    void theBadBytePositionCountsCrlfAndCrLineEndingsAsLines() {
        byte[] crlf = "a\r\nb\r\n\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        byte[] cr = "a\rb\rxy\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(decode(crlf).problem()).extracting("line", "column").containsExactly(3, 1);
        assertThat(decode(cr).problem()).extracting("line", "column").containsExactly(3, 3);
    }

    @Test
    void columnsCountCharactersNotBytes() {
        // "ü" is two bytes of UTF-8 but one column
        InputText.Read read = decode(concat("\u00fc\u00fc".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF}));
        assertThat(read.problem()).extracting("line", "column").containsExactly(1, 3);
        assertThat(read.problem().message()).startsWith("byte 0xFF is not valid UTF-8 text");
    }

    @Test
    void theConfiguredEncodingIsHonoured() {
        byte[] latin1 = "caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        InputText.Read read = InputText.decode(latin1, "a.md", StandardCharsets.ISO_8859_1, InputText.SET_ENCODING);
        assertThat(read.text()).isEqualTo("caf\u00e9\n");
    }

    @Test
    void everyLineEndingBecomesLfAndOneByteOrderMarkIsDropped() {
        assertThat(decode("\uFEFFa\r\nb\rc\n\r\n".getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("a\nb\nc\n\n");
        assertThat(decode(new byte[0]).text()).isEmpty();
        assertThat(InputText.normalize("x\r")).isEqualTo("x\n");
    }

    @Test
    void anUnreadableInputNamesTheFileAndTheReason() throws Exception {
        InputText.Read missing = InputText.read(dir.resolve("gone.json"), "gone.json", StandardCharsets.UTF_8, InputText.SAVE_AS_UTF8);
        assertThat(missing.problem()).hasToString("gone.json: error: cannot read the file: no such file");

        Path folder = Files.createDirectories(dir.resolve("refs.bib"));
        InputText.Read directory = InputText.read(folder, "refs.bib", StandardCharsets.UTF_8, InputText.SAVE_AS_UTF8);
        assertThat(directory.problem()).hasToString("refs.bib: error: cannot read the file: it is a folder where a file is expected");

        assertThat(InputText.reason(new AccessDeniedException("/x/a.md"))).isEqualTo("permission denied; make it readable");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
