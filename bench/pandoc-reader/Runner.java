import io.github.essaykit.site.BuildResult;
import io.github.essaykit.site.SiteBuilder;
import io.github.essaykit.site.SiteConfig;
import io.github.essaykit.write.SiteFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;

/** Builds each case alone with essaykit's pipeline; writes the essay page or the errors. */
public class Runner {
    public static void main(String[] args) throws Exception {
        Path cases = Path.of(args[0]);
        Path ours = Files.createDirectories(cases.resolve("ours"));
        try (var files = Files.list(cases.resolve("src"))) {
            for (Path md : files.sorted().toList()) {
                String id = md.getFileName().toString().replace(".md", "");
                Path dir = Files.createTempDirectory("case");
                Files.copy(md, dir.resolve("c.md"));
                String out;
                try {
                    BuildResult r = SiteBuilder.compile(SiteConfig.defaults(dir, dir.resolve("out")));
                    if (r.ok()) {
                        out = new String(((SiteFiles.Bytes) r.files().all().get("c.html")).bytes(), StandardCharsets.UTF_8);
                    } else {
                        out = "ERROR\n" + r.diagnostics().all();
                    }
                } catch (Exception | StackOverflowError e) {
                    out = "CRASH\n" + e;
                }
                Files.writeString(ours.resolve(id + ".html"), out);
            }
        }
    }
}
