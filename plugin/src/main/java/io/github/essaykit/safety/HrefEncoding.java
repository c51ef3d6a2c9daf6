package io.github.essaykit.safety;

/**
 * An address from a source as an href: the characters a URL may not hold as written (controls,
 * space, {@code " < > `}) percent-encoded as UTF-8, as a browser's URL parser encodes them
 * before following the link, so the page is valid HTML and links the same address. Everything
 * else is kept, {@code %} escapes and non-ASCII letters included. This only spells an address;
 * whether it may be linked at all is {@link UrlPolicy}'s call, made on the address as written.
 */
public final class HrefEncoding {

    private HrefEncoding() {}

    public static String encode(String address) {
        StringBuilder out = null;
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            boolean encode = c <= 0x20 || c == 0x7F || c == '"' || c == '<' || c == '>' || c == '`';
            if (encode && out == null) {
                out = new StringBuilder(address.length() + 16).append(address, 0, i);
            }
            if (encode) {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? address : out.toString();
    }
}
