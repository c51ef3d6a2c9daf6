package io.github.essaykit.site;

import io.github.essaykit.template.TemplateFolder;
import io.github.essaykit.template.Templates;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The compiled templates of an essay:serve session's last build, given again while the template
 * folder holds the same files: a new {@link Templates} compiles every template again and
 * Mustache looks up each variable's accessor again by reflection (a failed lookup throws), about
 * 7 MB of garbage a reload at 1,000 essays. {@link #NONE} keeps nothing. One build at a time.
 */
public final class TemplateMemo {

    static final TemplateMemo NONE = new TemplateMemo(false);

    private record Kept(Path folder, String shownName, String print, Templates templates) {}

    private final boolean keep;
    private Kept kept;

    private TemplateMemo(boolean keep) {
        this.keep = keep;
    }

    static TemplateMemo create() {
        return new TemplateMemo(true);
    }

    /** The templates of {@code folder} (as this build read it), those of the last build if its files were the same. */
    synchronized Templates templates(TemplateFolder folder, String shownName) {
        if (!keep) {
            return new Templates(folder, shownName);
        }
        Kept last = kept;
        if (last != null && Objects.equals(last.folder(), folder.folder()) && last.shownName().equals(shownName)
                && last.print().equals(folder.print())) {
            return last.templates();
        }
        Templates made = new Templates(folder, shownName);
        kept = new Kept(folder.folder(), shownName, folder.print(), made);
        return made;
    }
}
