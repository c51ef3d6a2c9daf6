package io.github.essaykit.serve;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which {@code Host} headers essay:serve answers: its own port, named by an IP address, by
 * {@code localhost}, or by the host name it was told to listen on. DNS rebinding needs a name the
 * attacker controls pointing at this address, so any other name is refused.
 */
final class HostCheck {

    private static final Pattern HOST = Pattern.compile("(\\[[0-9a-fA-F:.]+\\]|[^:\\[\\]]+)(?::(\\d{1,5}))?");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final String ownName;
    private final int port;

    /** @param ownName the host the server listens on, as configured; @param port its port */
    HostCheck(String ownName, int port) {
        this.ownName = ownName == null ? "" : ownName.strip().toLowerCase(Locale.ROOT);
        this.port = port;
    }

    boolean accepts(String header) {
        if (header == null) {
            return false;
        }
        Matcher m = HOST.matcher(header.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return false;
        }
        String name = m.group(1);
        int asked = m.group(2) == null ? 80 : Integer.parseInt(m.group(2));
        if (asked != port) {
            return false;
        }
        return name.startsWith("[") || IPV4.matcher(name).matches() || name.equals("localhost") || name.equals(ownName);
    }
}
