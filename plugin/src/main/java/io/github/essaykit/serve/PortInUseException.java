package io.github.essaykit.serve;

/** The port asked for is taken by another program: a user's choice to change, not a crash. */
public final class PortInUseException extends RuntimeException {

    private final int port;

    public PortInUseException(String host, int port, Throwable cause) {
        super("port " + port + " on " + host + " is already in use", cause);
        this.port = port;
    }

    public int port() {
        return port;
    }
}
