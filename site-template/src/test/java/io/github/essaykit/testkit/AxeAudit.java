package io.github.essaykit.testkit;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core audits of the pages a driver shows (WCAG 2.0–2.2 A/AA and best practice), gathered
 * into a report; violations of serious or critical impact are blocking.
 */
public final class AxeAudit {
    public static final Set<String> BLOCKING = Set.of("serious", "critical");
    static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(3);
    public static final List<String> TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    private final ChromeDriver driver;
    private final List<String> report = new ArrayList<>();
    private final List<String> blocking = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();

    public AxeAudit(ChromeDriver driver) {
        this.driver = driver;
        // one audit of a long page took over the default 30 s on a machine at load 30
        driver.manage().timeouts().scriptTimeout(SCRIPT_TIMEOUT);
    }

    /**
     * Audits the page as it is now, under {@code label} in the report. Legacy mode: the default
     * (partial) mode finishes in an about:blank window loaded under a page-load timeout of 1 s
     * that it sets itself, which a loaded machine misses ("switchToWindow failed", upstream
     * dequelabs/axe-core-maven-html#645). Legacy mode runs axe in the page under the script
     * timeout (set to SCRIPT_TIMEOUT); our pages have no frames, so both modes audit the same nodes.
     */
    @SuppressWarnings("deprecation")
    public void audit(String label) {
        Results results = new AxeBuilder().withTags(TAGS).setLegacyMode(true).analyze(driver);
        report.add(label + ": " + results.getPasses().size() + " rules pass, "
                + results.getViolations().size() + " violated, " + results.getIncomplete().size() + " incomplete ("
                + results.getIncomplete().stream().map(Rule::getId).collect(Collectors.joining(", ")) + ")");
        for (Rule rule : results.getViolations()) {
            String line = "  " + rule.getImpact() + " " + rule.getId() + " (" + rule.getNodes().size() + " nodes): "
                    + rule.getHelp() + " @ "
                    + rule.getNodes().stream().limit(5).map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
            report.add(line);
            violations.add(label + line);
            if (BLOCKING.contains(rule.getImpact())) blocking.add(label + line);
        }
    }

    /** Every violation of any impact, each with the label of its audit. */
    public List<String> violations() {
        return List.copyOf(violations);
    }

    /** Every audit's summary line and its violations, in order. */
    public List<String> report() {
        return List.copyOf(report);
    }

    /** The serious and critical violations, each with the label of its audit. */
    public List<String> blocking() {
        return List.copyOf(blocking);
    }

    /** Writes the report to {@code file} (its folder is created). */
    public void writeReport(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.write(file, report);
    }
}
