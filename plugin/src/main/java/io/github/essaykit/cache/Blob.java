package io.github.essaykit.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Writes and reads the fields of a cached value: strings (any length), ints, booleans and lists of strings, in a fixed order. */
public final class Blob {

    private Blob() {}

    /** Collects fields into bytes. */
    public static final class Writer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final DataOutputStream out = new DataOutputStream(bytes);

        public Writer string(String value) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            return integer(utf8.length).raw(utf8);
        }

        public Writer bool(boolean value) {
            return integer(value ? 1 : 0);
        }

        /** A list of strings: its size, then each. */
        public Writer strings(java.util.Collection<String> values) {
            integer(values.size());
            values.forEach(this::string);
            return this;
        }

        /** Bytes written by another writer, to read apart later ({@link Reader#blob}). */
        public Writer blob(byte[] value) {
            return integer(value.length).raw(value);
        }

        public Writer integer(int value) {
            try {
                out.writeInt(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // never: the stream is in memory
            }
            return this;
        }

        private Writer raw(byte[] value) {
            try {
                out.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        public byte[] bytes() {
            return bytes.toByteArray();
        }
    }

    /**
     * Reads fields back; any mismatch with what was written is a {@link Corrupt}. Reads the array
     * in place (a page cache read is thousands of small fields: no stream under each).
     */
    public static final class Reader {
        private final byte[] bytes;
        private int at;

        public Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        public String string() {
            int n = integer();
            if (n < 0 || n > bytes.length - at) {
                throw new Corrupt("a field longer than the entry");
            }
            String value = new String(bytes, at, n, StandardCharsets.UTF_8);
            at += n;
            return value;
        }

        /** Bytes written by {@link Writer#blob}, a copy. */
        public byte[] blob() {
            int n = blobLength();
            at += n;
            return java.util.Arrays.copyOfRange(bytes, at - n, at);
        }

        /** Passes over bytes written by {@link Writer#blob}, copying none. */
        public void skipBlob() {
            int n = blobLength(); // read first: "at += blobLength()" would add to the position before the length
            at += n;
        }

        private int blobLength() {
            int n = integer();
            if (n < 0 || n > bytes.length - at) {
                throw new Corrupt("a field longer than the entry");
            }
            return n;
        }

        public int integer() {
            if (bytes.length - at < 4) {
                throw new Corrupt("the entry ends early");
            }
            int value = (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8 | bytes[at + 3] & 0xff;
            at += 4;
            return value;
        }

        public boolean bool() {
            int value = integer();
            if (value != 0 && value != 1) {
                throw new Corrupt("not a boolean: " + value);
            }
            return value == 1;
        }

        /** A list written by {@link Writer#strings}. */
        public java.util.List<String> strings() {
            java.util.List<String> values = new java.util.ArrayList<>();
            for (int i = count(); i > 0; i--) {
                values.add(string());
            }
            return values;
        }

        /** A count of items to follow, checked against what is left. */
        public int count() {
            int n = integer();
            if (n < 0 || n > bytes.length) {
                throw new Corrupt("a count larger than the entry");
            }
            return n;
        }

        /** Fails unless every byte was read. */
        public void end() {
            if (at != bytes.length) {
                throw new Corrupt("bytes after the last field");
            }
        }
    }

    /** A stored value that does not read back as written: the cache treats it as absent. */
    public static final class Corrupt extends RuntimeException {
        public Corrupt(String message) {
            super(message);
        }
    }
}
