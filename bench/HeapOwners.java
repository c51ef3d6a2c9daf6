import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What holds a heap: reads an HPROF dump (jcmd PID GC.heap_dump file.hprof) and charges each
 * reachable object's shallow size to the nearest field of a class of PREFIX that reaches it, in a
 * breadth-first walk from the roots: "EssayFacts.check" holds the check's labels, strings and
 * maps. An object reachable from several owners is charged to the first the walk meets; objects
 * no such field reaches are "<root>" (locals of a running method) or a class's static field.
 *
 *     java -Xmx8g bench/HeapOwners.java build.hprof [PREFIX] [ROWS] [DEPTH]
 *
 * PREFIX defaults to io.github.essaykit; DEPTH 2 names each owner after the owner of its own
 * holder too ("SiteBuilder$Finished.links > LinkCheck$Page.ids"). Prints bytes, objects, owner.
 */
public final class HeapOwners {

    private static final int INSTANCE = 1;
    private static final int OBJECT_ARRAY = 2;
    private static final int PRIMITIVE_ARRAY = 3;

    private final ByteBuffer dump;
    private final int idSize;
    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, Long> classNames = new HashMap<>();
    private final Map<Long, Long> superClasses = new HashMap<>();
    /** Each class's instance fields, in dump order: name and type. */
    private final Map<Long, List<Object[]>> fields = new HashMap<>();
    private final Map<Long, List<long[]>> statics = new HashMap<>();
    private final List<Long> roots = new ArrayList<>();
    private final Map<Long, Integer> index = new HashMap<>();
    private long[] classOf = new long[1 << 20];
    private int[] size = new int[1 << 20];
    private int[] at = new int[1 << 20];
    private byte[] kind = new byte[1 << 20];
    private int count;

    private HeapOwners(ByteBuffer dump) {
        this.dump = dump;
        while (dump.get() != 0) {
            // the format's name
        }
        idSize = dump.getInt();
        dump.getLong();
    }

    public static void main(String[] args) throws IOException {
        ByteBuffer bytes;
        try (FileChannel file = FileChannel.open(Path.of(args[0]))) {
            bytes = file.map(FileChannel.MapMode.READ_ONLY, 0, file.size());
        }
        String prefix = args.length > 1 ? args[1] : "io.github.essaykit";
        int rows = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int depth = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        HeapOwners heap = new HeapOwners(bytes);
        heap.read();
        heap.print(heap.owners(prefix, depth), rows);
    }

    private long id() {
        return idSize == 8 ? dump.getLong() : dump.getInt() & 0xffffffffL;
    }

    private int typeSize(int type) {
        return switch (type) {
            case 2 -> idSize;
            case 4, 8 -> 1;
            case 5, 9 -> 2;
            case 6, 10 -> 4;
            case 7, 11 -> 8;
            default -> throw new IllegalStateException("no type " + type);
        };
    }

    private void read() {
        while (dump.hasRemaining()) {
            int tag = dump.get() & 0xff;
            dump.getInt();
            long length = dump.getInt() & 0xffffffffL;
            int start = dump.position();
            if (tag == 0x01) {
                long id = id();
                byte[] text = new byte[(int) (length - idSize)];
                dump.get(text);
                names.put(id, new String(text, StandardCharsets.UTF_8));
            } else if (tag == 0x02) {
                dump.getInt();
                long klass = id();
                dump.getInt();
                classNames.put(klass, id());
            } else if (tag == 0x0C || tag == 0x1C) {
                while (dump.position() < start + length) {
                    heapRecord();
                }
            }
            dump.position((int) (start + length));
        }
    }

    private void skip(int bytes) {
        dump.position(dump.position() + bytes);
    }

    private void heapRecord() {
        int tag = dump.get() & 0xff;
        switch (tag) {
            case 0xFF, 0x05, 0x07 -> roots.add(id());
            case 0x01 -> {
                roots.add(id());
                id();
            }
            case 0x02, 0x03, 0x08 -> {
                roots.add(id());
                skip(8);
            }
            case 0x04, 0x06 -> {
                roots.add(id());
                skip(4);
            }
            case 0x20 -> classDump();
            case 0x21 -> {
                long id = id();
                dump.getInt();
                long klass = id();
                int bytes = dump.getInt();
                add(id, klass, 16 + bytes, dump.position(), INSTANCE);
                skip(bytes);
            }
            case 0x22 -> {
                long id = id();
                dump.getInt();
                int start = dump.position();
                int length = dump.getInt();
                long klass = id();
                add(id, klass, 16 + length * 4, start, OBJECT_ARRAY);
                skip(length * idSize);
            }
            case 0x23 -> {
                long id = id();
                dump.getInt();
                int length = dump.getInt();
                int type = dump.get();
                add(id, -type, 16 + length * typeSize(type), 0, PRIMITIVE_ARRAY);
                skip(length * typeSize(type));
            }
            default -> throw new IllegalStateException("no heap record " + Integer.toHexString(tag) + " at " + dump.position());
        }
    }

    private void classDump() {
        long klass = id();
        dump.getInt();
        superClasses.put(klass, id());
        for (int i = 0; i < 5; i++) {
            id(); // loader, signers, protection domain, two reserved
        }
        dump.getInt();
        for (int i = dump.getShort() & 0xffff; i > 0; i--) {
            dump.getShort();
            skip(typeSize(dump.get()));
        }
        List<long[]> own = new ArrayList<>();
        for (int i = dump.getShort() & 0xffff; i > 0; i--) {
            long name = id();
            int type = dump.get();
            if (type == 2) {
                long value = id();
                if (value != 0) {
                    own.add(new long[] {name, value});
                }
            } else {
                skip(typeSize(type));
            }
        }
        statics.put(klass, own);
        List<Object[]> instance = new ArrayList<>();
        for (int i = dump.getShort() & 0xffff; i > 0; i--) {
            long name = id();
            instance.add(new Object[] {names.get(name), (int) dump.get()});
        }
        fields.put(klass, instance);
    }

    private void add(long id, long klass, int bytes, int position, int what) {
        if (count == size.length) {
            int more = count * 2;
            classOf = Arrays.copyOf(classOf, more);
            size = Arrays.copyOf(size, more);
            at = Arrays.copyOf(at, more);
            kind = Arrays.copyOf(kind, more);
        }
        classOf[count] = klass;
        size[count] = bytes;
        at[count] = position;
        kind[count] = (byte) what;
        index.put(id, count++);
    }

    private String className(long klass) {
        Long name = classNames.get(klass);
        return name == null ? "?" : names.getOrDefault(name, "?").replace('/', '.');
    }

    private interface References {
        void to(String field, long id);
    }

    /** The references of object {@code i}, with the name of the field each is in ("[]" for an array's). */
    private void references(int i, References each) {
        dump.position(at[i]);
        if (kind[i] == OBJECT_ARRAY) {
            int length = dump.getInt();
            id();
            for (int k = 0; k < length; k++) {
                long ref = id();
                if (ref != 0) {
                    each.to("[]", ref);
                }
            }
            return;
        }
        if (kind[i] != INSTANCE) {
            return;
        }
        for (long klass = classOf[i]; klass != 0; klass = superClasses.get(klass)) { // this class's fields, then its super's
            for (Object[] field : fields.get(klass)) {
                int type = (Integer) field[1];
                if (type == 2) {
                    long ref = id();
                    if (ref != 0) {
                        each.to((String) field[0], ref);
                    }
                } else {
                    skip(typeSize(type));
                }
            }
        }
    }

    /** Each reachable object's owner, by a breadth-first walk from the roots and the classes' static fields. */
    private String[] owners(String prefix, int depth) {
        String[] owner = new String[count];
        int[] queue = new int[count];
        int[] tail = {0};
        for (long root : roots) {
            Integer i = index.get(root);
            if (i != null && owner[i] == null) {
                owner[i] = "<root>";
                queue[tail[0]++] = i;
            }
        }
        statics.forEach((klass, refs) -> {
            String name = className(klass);
            for (long[] ref : refs) {
                Integer i = index.get(ref[1]);
                if (i != null && owner[i] == null) {
                    owner[i] = name.startsWith(prefix) ? shortName(name, prefix) + "." + names.get(ref[0]) + " (static)"
                            : "<static " + name + ">";
                    queue[tail[0]++] = i;
                }
            }
        });
        for (int head = 0; head < tail[0]; head++) {
            int i = queue[head];
            String name = className(classOf[i]);
            boolean ours = name.startsWith(prefix);
            List<long[]> found = new ArrayList<>();
            List<String> via = new ArrayList<>();
            references(i, (field, ref) -> {
                found.add(new long[] {ref});
                via.add(field);
            });
            for (int k = 0; k < found.size(); k++) {
                Integer j = index.get(found.get(k)[0]);
                if (j != null && owner[j] == null) {
                    owner[j] = ours ? outer(owner[i], depth) + shortName(name, prefix) + "." + via.get(k) : owner[i];
                    queue[tail[0]++] = j;
                }
            }
        }
        return owner;
    }

    private static String shortName(String name, String prefix) {
        return name.substring(prefix.length()).replaceFirst("^\\.", "");
    }

    /** The last depth - 1 owners of a chain, and " > ", or "" at depth 1. */
    private static String outer(String owner, int depth) {
        if (depth <= 1) {
            return "";
        }
        String[] chain = owner.split(" > ");
        return String.join(" > ", Arrays.copyOfRange(chain, Math.max(0, chain.length - (depth - 1)), chain.length)) + " > ";
    }

    private void print(String[] owner, int rows) {
        Map<String, long[]> total = new HashMap<>();
        long all = 0;
        for (int i = 0; i < count; i++) {
            if (owner[i] != null) {
                long[] sum = total.computeIfAbsent(owner[i], k -> new long[2]);
                sum[0] += size[i];
                sum[1]++;
                all += size[i];
            }
        }
        System.out.printf("%,d bytes reachable%n", all);
        total.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(rows)
                .forEach(e -> System.out.printf("%,13d %,10d %s%n", e.getValue()[0], e.getValue()[1], e.getKey()));
    }
}
