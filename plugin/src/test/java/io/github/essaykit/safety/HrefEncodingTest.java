package io.github.essaykit.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HrefEncodingTest {

    @Test
    void encodesWhatAUrlMayNotHoldAsWrittenAndNothingElse() {
        assertThat(HrefEncoding.encode("https://doi.org/10.1000/a b<c>\"d\"`e`\u0001\u007f"))
                .isEqualTo("https://doi.org/10.1000/a%20b%3Cc%3E%22d%22%60e%60%01%7F");
        assertThat(HrefEncoding.encode("https://example.org/caf\u00e9?q=a%20b&x={y}|z#frag"))
                .as("escapes, non-ASCII letters, query and fragment kept").isEqualTo("https://example.org/caf\u00e9?q=a%20b&x={y}|z#frag");
    }

    @Test
    void anEncodedScriptAddressIsStillRefused() {
        for (String address : new String[] {"javascript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)"}) {
            assertThat(UrlPolicy.allows(address)).as(address).isFalse();
            assertThat(UrlPolicy.allows(HrefEncoding.encode(address))).as("encoded " + address).isFalse();
        }
    }
}
