package io.github.essaykit.report;

import io.github.essaykit.diagnostic.Count;
import java.util.ArrayList;
import java.util.List;

/** The sourcing report as lines for the build log ({@code essay:check -Dessay.report=sourcing}). */
public final class SourcingText {

    private SourcingText() {}

    public static List<String> lines(SourcingReport report) {
        return lines(report, "");
    }

    /** @param folder put before each essay's file name, as the build log names files ("essays/") */
    public static List<String> lines(SourcingReport report, String folder) {
        List<String> lines = new ArrayList<>();
        lines.add("Sourcing report");
        for (SourcingReport.Essay essay : report.essays()) {
            lines.add("");
            String file = folder + essay.file();
            lines.add(file + " (" + essay.title() + "): " + summary(essay));
            findings(lines, file, "claim without a source", essay.unsourced());
            findings(lines, file, "quotation not verified", essay.unverifiedQuotes());
            findings(lines, file, "book cited without a locator", essay.withoutLocator());
            findings(lines, file, "dead internal link", essay.deadLinks());
            if (!essay.citedOnce().isEmpty()) {
                lines.add("  cited once: " + String.join(", ", essay.citedOnce()));
            }
            if (!essay.neverCited().isEmpty()) {
                lines.add("  listed, never cited: " + String.join(", ", essay.neverCited()));
            }
        }
        lines.add("");
        lines.add("Site: " + summary(report.totals()));
        if (!report.neverCited().isEmpty()) {
            lines.add("  sources no essay cites: " + String.join(", ", report.neverCited()));
        }
        return lines;
    }

    static String summary(SourcingReport.Essay essay) {
        return essay.sourcedParagraphs() + " of " + Count.of(essay.sourcedParagraphs() + essay.unsourcedParagraphs(), "paragraph")
                + " sourced; " + Count.of(essay.unsourced().size(), "claim") + " without a source, "
                + Count.of(essay.unverifiedQuotes().size(), "quotation") + " not verified, "
                + Count.of(essay.withoutLocator().size(), "book citation") + " without a locator, "
                + Count.of(essay.deadLinks().size(), "dead internal link") + ", "
                + Count.of(essay.citedOnce().size(), "source") + " cited once, "
                + Count.of(essay.neverCited().size(), "source") + " never cited";
    }

    private static void findings(List<String> lines, String file, String what, List<SourcingReport.Finding> findings) {
        for (SourcingReport.Finding f : findings) {
            lines.add("  " + file + ":" + f.line() + ":" + f.column() + ": " + what + ": " + f.text());
        }
    }
}
