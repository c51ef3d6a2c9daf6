package io.github.essaykit.template;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Set;

/**
 * The names of the methods and fields a class has, found once per class. Mustache looks a
 * variable up in each scope by trying its name, "get" and "is" forms as methods, then as a
 * field, up the class's superclasses, and every miss is an exception with its stack trace: a
 * page's first render in a JVM threw hundreds. A name none of them has is a miss without the
 * search ({@link #MISSING_METHOD}, {@link #MISSING_FIELD}); any other goes the library's way.
 */
final class MemberNames {

    /** Thrown for a method name the class lacks: the caller only catches it, so it has no stack trace. */
    static final NoSuchMethodException MISSING_METHOD = new NoSuchMethodException() {
        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    };

    /** Thrown for a field name the class lacks, as {@link #MISSING_METHOD}. */
    static final NoSuchFieldException MISSING_FIELD = new NoSuchFieldException() {
        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    };

    /** Public methods (inherited and from interfaces) and those each class up the chain declares. */
    private static final ClassValue<Set<String>> METHODS = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            Set<String> names = new HashSet<>();
            for (Method method : type.getMethods()) {
                names.add(method.getName());
            }
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Method method : c.getDeclaredMethods()) {
                    names.add(method.getName());
                }
            }
            return Set.copyOf(names);
        }
    };

    /** The fields each class up the chain declares. */
    private static final ClassValue<Set<String>> FIELDS = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            Set<String> names = new HashSet<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    names.add(field.getName());
                }
            }
            return Set.copyOf(names);
        }
    };

    private MemberNames() {}

    /** Whether {@code type} may have a method of this name: false means it has none. */
    static boolean mayHaveMethod(Class<?> type, String name) {
        return METHODS.get(type).contains(name);
    }

    /** Whether {@code type} may have a field of this name: false means it has none. */
    static boolean mayHaveField(Class<?> type, String name) {
        return FIELDS.get(type).contains(name);
    }
}
