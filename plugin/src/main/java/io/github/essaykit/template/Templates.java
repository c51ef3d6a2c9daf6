package io.github.essaykit.template;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.reflect.GuardedBinding;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import com.github.mustachejava.util.Wrapper;
import io.github.essaykit.diagnostic.Suggestions;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Template stage: Mustache pages from view records. A user's template folder overrides any
 * single file by name; the rest come from the site-template jar. One factory per build, so
 * each template is compiled once. A variable a template names but no view has, a partial that
 * does not exist and a malformed tag are each a {@link TemplateError} naming the template's
 * file and line.
 */
public final class Templates {

    private final TemplateFiles files;
    private final DefaultMustacheFactory factory;
    /** The longest page each template made so far, and an eighth: where the next page's text starts. */
    private final Map<String, Integer> sizes = new ConcurrentHashMap<>();

    /** @param userFolder the user's template folder, or null; diagnostics name it by this path */
    public Templates(Path userFolder) {
        this(userFolder, userFolder == null ? "" : userFolder.toString().replace('\\', '/'));
    }

    /**
     * @param userFolder the user's template folder, or null
     * @param userFolderName how diagnostics name that folder
     */
    public Templates(Path userFolder, String userFolderName) {
        this(TemplateFolder.read(userFolder), userFolderName);
    }

    /**
     * @param userFolder the user's template folder as the build read it
     * @param userFolderName how diagnostics name that folder
     */
    public Templates(TemplateFolder userFolder, String userFolderName) {
        this.files = new TemplateFiles(userFolder, userFolderName);
        this.factory = new StrictFactory(files);
        this.factory.setObjectHandler(new StrictObjectHandler());
    }

    /**
     * The user folder's file {@code name} (an asset such as essaykit.css) as the build read it, the
     * bytes its print covers, or null when the folder has none.
     *
     * @throws TemplateError when the file could not be read
     */
    public byte[] userFile(String name) {
        return files.userFile(name);
    }

    /** @throws TemplateError on any mistake in the template */
    public String render(String template, Object... scopes) {
        try {
            Mustache mustache = factory.compile(template + ".mustache");
            PageWriter out = new PageWriter(sizes.getOrDefault(template, 16 * 1024));
            mustache.execute(out, List.of(scopes));
            sizes.merge(template, out.length() + out.length() / 8, Math::max); // room for the next, slightly longer page
            return out.toString();
        } catch (MustacheException e) {
            throw TemplateError.of(e, files);
        }
    }

    /** Reads templates strictly and checks, while parsing, that every partial and parent exists. */
    private static final class StrictFactory extends DefaultMustacheFactory {

        private final TemplateFiles files;

        StrictFactory(TemplateFiles files) {
            super(files::reader);
            this.files = files;
        }

        @Override
        public MustacheVisitor createMustacheVisitor() {
            return new DefaultMustacheVisitor(this) {
                @Override
                public void partial(TemplateContext tc, String variable, String indent) {
                    requireTemplate(tc, variable, "partial");
                    super.partial(tc, variable, indent);
                }

                @Override
                public void extend(TemplateContext tc, String variable, Mustache mustache) {
                    requireTemplate(tc, variable, "parent template");
                    super.extend(tc, variable, mustache);
                }
            };
        }

        private void requireTemplate(TemplateContext tc, String name, String what) {
            String file = tc.file();
            String path = resolvePartialPath(file.substring(0, file.lastIndexOf('/') + 1), name.strip(), ".mustache");
            if (files.text(path) == null) {
                throw new MustacheException(what + " '" + name.strip() + "' does not exist: no " + path
                        + " in the template folder or essaykit's defaults", tc);
            }
        }
    }

    /** Fails on a name no scope defines, suggesting the closest name the scopes have. */
    private static final class StrictObjectHandler extends ReflectionObjectHandler {
        @Override
        protected Method getMethod(Class<?> type, String name, Class<?>... parameters) throws NoSuchMethodException {
            if (!MemberNames.mayHaveMethod(type, name)) {
                throw MemberNames.MISSING_METHOD;
            }
            return super.getMethod(type, name, parameters);
        }

        @Override
        protected Field getField(Class type, String name) throws NoSuchFieldException {
            if (!MemberNames.mayHaveField(type, name)) {
                throw MemberNames.MISSING_FIELD;
            }
            return super.getField(type, name);
        }

        @Override
        public Binding createBinding(String name, TemplateContext tc, Code code) {
            return new GuardedBinding(this, name, tc, code) {
                @Override
                protected synchronized Wrapper getWrapper(String name, List<Object> scopes) {
                    Wrapper wrapper = super.getWrapper(name, scopes);
                    if (wrapper instanceof MissingWrapper) {
                        throw new MustacheException("template variable '" + name + "' is not defined"
                                + Suggestions.didYouMean(name, namesOf(scopes)), tc);
                    }
                    return wrapper;
                }
            };
        }

        private static Set<String> namesOf(List<Object> scopes) {
            Set<String> names = new TreeSet<>();
            for (Object scope : scopes) {
                if (scope == null) {
                    continue;
                }
                for (Method m : scope.getClass().getMethods()) {
                    if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class) {
                        names.add(m.getName());
                    }
                }
            }
            return names;
        }
    }
}
