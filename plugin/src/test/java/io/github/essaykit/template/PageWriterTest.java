package io.github.essaykit.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

class PageWriterTest {

    /** Every way a Writer is written to, as Mustache and its escaper use them, with text beyond Latin-1. */
    private static void writeAll(Writer out) throws Exception {
        out.write("<p>");
        out.write("“Quoted” text", 1, 6);
        out.write('é');
        out.write("— a dash".toCharArray(), 0, 3);
        out.write("chars".toCharArray());
        out.append("appended").append("sequence", 2, 5).append('!');
        out.write(0x2019);
    }

    @Test
    void givesWhatAStringWriterGivesFromAnyStartingCapacity() throws Exception {
        StringWriter expected = new StringWriter();
        writeAll(expected);
        for (int capacity : new int[] {0, 1, 16, 1 << 16}) {
            PageWriter page = new PageWriter(capacity);
            writeAll(page);
            assertThat(page.toString()).isEqualTo(expected.toString());
            assertThat(page.length()).isEqualTo(expected.toString().length());
        }
    }
}
