package io.github.essaykit.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.internal.CollectingVariableListener;
import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.rendering.SNames;
import de.undercouch.citeproc.csl.internal.rendering.SRenderingElement;
import de.undercouch.citeproc.csl.internal.rendering.SSubstitute;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.w3c.dom.Node;

/**
 * Makes a processor's {@code <substitute>} elements build each substitute {@code <names>} once.
 * citeproc-java 3.5.2's {@link SSubstitute#render} parses a new {@link SNames} from the style's
 * DOM for every {@code <names>} in it, each time it renders, whether or not that one is reached:
 * in author-date styles every sort key and entry with a contributors macro does, and reading the
 * DOM's attributes was most of the time spent sorting a large bibliography. The {@code SNames}
 * made depends on the enclosing {@code <names>} element and the variable alone, and holds no
 * state of a rendering (its fields are final), so one made once renders alike every time.
 *
 * <p>The parsed style is reached by reflection, as {@link BibliographyOrder} reads it: the
 * citeproc-java version is pinned. If anything of it is not as expected, the processor keeps
 * citeproc's own elements, which give the same output more slowly.
 */
final class SubstituteNames {

    private static final String INTERNALS = "de.undercouch.citeproc.csl.internal.";

    private SubstituteNames() {}

    /** Replaces, in {@code csl}'s parsed style, each {@code <names>}'s substitute by one that keeps what it parses. */
    static void cacheIn(CSL csl) {
        try {
            Field substitute = field(SNames.class, "substitute");
            Field parent = field(SSubstitute.class, "parentNamesNode");
            walk(field(CSL.class, "style").get(csl), Collections.newSetFromMap(new IdentityHashMap<>()), substitute, parent);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // citeproc's own elements stay where they were not replaced: the same output
        }
    }

    /** Every element reachable from {@code node} through fields and collections of citeproc's internal classes. */
    private static void walk(Object node, Set<Object> seen, Field substitute, Field parent) throws ReflectiveOperationException {
        if (node == null || !seen.add(node)) {
            return;
        }
        if (node instanceof Collection<?> elements) {
            for (Object element : elements) {
                walk(element, seen, substitute, parent);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            for (Object value : map.values()) {
                walk(value, seen, substitute, parent);
            }
            return;
        }
        if (!node.getClass().getName().startsWith(INTERNALS)) {
            return; // DOM nodes, strings, the locale's own maps of text
        }
        if (node instanceof SNames names && substitute.get(names) instanceof SSubstitute original
                && !(original instanceof Cached)) {
            Node namesNode = (Node) parent.get(original);
            Node own = child(namesNode, "substitute");
            if (own != null) {
                substitute.set(names, new Cached(own, namesNode));
            }
        }
        for (Class<?> type = node.getClass(); type != null && type.getName().startsWith(INTERNALS); type = type.getSuperclass()) {
            for (Field f : type.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
                    f.setAccessible(true);
                    walk(f.get(node), seen, substitute, parent);
                }
            }
        }
    }

    private static Node child(Node node, String name) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (name.equals(c.getNodeName())) {
                return c;
            }
        }
        return null;
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }

    /** {@link SSubstitute#render} as citeproc-java 3.5.2 has it, with each substitute {@code <names>} parsed once. */
    static final class Cached extends SSubstitute {

        private final Node namesNode;
        private final Map<SNames, SNames> parsed = new ConcurrentHashMap<>();

        Cached(Node node, Node namesNode) {
            super(node, namesNode);
            this.namesNode = namesNode;
        }

        @Override
        public void render(RenderContext ctx) {
            RenderContext child = new RenderContext(ctx);
            for (SRenderingElement element : getElements(ctx)) {
                SRenderingElement rendered = element instanceof SNames names
                        ? parsed.computeIfAbsent(names, n -> new SNames(namesNode, n.getVariableAttribute(), false))
                        : element;
                CollectingVariableListener listener = new CollectingVariableListener();
                child.addVariableListener(listener);
                rendered.render(child);
                child.removeVariableListener(listener);
                if (!child.getResult().isEmpty()) {
                    // the first substitute that renders stands in, and its variables are not printed again
                    listener.getCalled().forEach(ctx::suppressVariable);
                    ctx.emit(child.getResult());
                    return;
                }
            }
        }
    }
}
