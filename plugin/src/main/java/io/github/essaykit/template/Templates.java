package io.github.essaykit.template;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.reflect.GuardedBinding;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import com.github.mustachejava.resolver.ClasspathResolver;
import com.github.mustachejava.resolver.FileSystemResolver;
import com.github.mustachejava.util.Wrapper;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Template stage: Mustache pages from view records. A user's template folder overrides any
 * single file by name; the rest come from the site-template jar. One factory per build, so
 * each template is compiled once. A variable a template names but no view has is an error.
 */
public final class Templates {

    static final String DEFAULTS = "essaykit/template";

    private final DefaultMustacheFactory factory;

    public Templates(Path userFolder) {
        this.factory = new DefaultMustacheFactory(resolver(userFolder));
        this.factory.setObjectHandler(new StrictObjectHandler());
    }

    public String render(String template, Object... scopes) {
        Mustache mustache = factory.compile(template + ".mustache");
        StringWriter out = new StringWriter();
        mustache.execute(out, List.of(scopes));
        return out.toString();
    }

    private static MustacheResolver resolver(Path userFolder) {
        MustacheResolver defaults = new ClasspathResolver(DEFAULTS);
        if (userFolder == null) {
            return defaults;
        }
        MustacheResolver user = new FileSystemResolver(userFolder.toFile());
        return name -> {
            Reader reader = user.getReader(name);
            return reader != null ? reader : defaults.getReader(name);
        };
    }

    /** Fails on a name no scope defines, keeping Mustache's "[file:line]" in the message. */
    private static final class StrictObjectHandler extends ReflectionObjectHandler {
        @Override
        public Binding createBinding(String name, TemplateContext tc, Code code) {
            return new GuardedBinding(this, name, tc, code) {
                @Override
                protected synchronized Wrapper getWrapper(String name, List<Object> scopes) {
                    Wrapper wrapper = super.getWrapper(name, scopes);
                    if (wrapper instanceof MissingWrapper) {
                        throw new MustacheException("template variable '" + name + "' is not defined [" + tc + "]");
                    }
                    return wrapper;
                }
            };
        }
    }
}
