package io.github.essaykit.report;

import io.github.essaykit.render.Html;
import io.github.essaykit.safety.ContentSecurityPolicy;
import java.util.List;

/**
 * The sourcing report as a page for editors, {@code _editor/sourcing.html}: written only when asked
 * for, linked from no page, kept out of the sitemap and feed, and marked {@code noindex}. Every
 * value from the essays and sources is escaped.
 */
public final class SourcingPage {

    public static final String PATH = "_editor/sourcing.html";

    private SourcingPage() {}

    public static String html(SourcingReport report, String lang, String siteTitle) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(Html.escape(lang)).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"")
                .append(ContentSecurityPolicy.DEFAULT).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"robots\" content=\"noindex, nofollow\">\n")
                .append("<title>Sourcing report · ").append(Html.escape(siteTitle)).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"../assets/essaykit.css\">\n</head>\n<body>\n<main id=\"main\" class=\"sourcing-report\">\n")
                .append("<h1>Sourcing report</h1>\n<p>").append(Html.escape(SourcingText.summary(report.totals()))).append(".</p>\n");
        if (!report.neverCited().isEmpty()) {
            html.append("<p>Sources no essay cites: ").append(Html.escape(String.join(", ", report.neverCited()))).append("</p>\n");
        }
        int n = 0;
        for (SourcingReport.Essay essay : report.essays()) {
            n++;
            html.append("<section aria-labelledby=\"essay-").append(n).append("\">\n<h2 id=\"essay-").append(n).append("\">")
                    .append(Html.escape(essay.title())).append(" <code>").append(Html.escape(essay.file())).append("</code></h2>\n")
                    .append("<figure>").append(SourcingChart.svg(essay)).append("<figcaption>")
                    .append(Html.escape(SourcingText.summary(essay))).append("</figcaption></figure>\n");
            list(html, essay.file(), "Claims without a source", essay.unsourced());
            list(html, essay.file(), "Quotations not verified", essay.unverifiedQuotes());
            list(html, essay.file(), "Books cited without a locator", essay.withoutLocator());
            list(html, essay.file(), "Dead internal links", essay.deadLinks());
            keys(html, "Sources cited once", essay.citedOnce());
            keys(html, "Sources listed, never cited", essay.neverCited());
            html.append("</section>\n");
        }
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void list(StringBuilder html, String file, String heading, List<SourcingReport.Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        html.append("<h3>").append(heading).append(" (").append(findings.size()).append(")</h3>\n<ul>\n");
        for (SourcingReport.Finding f : findings) {
            html.append("<li><code>").append(Html.escape(file + ":" + f.line() + ":" + f.column())).append("</code> ")
                    .append(Html.escape(f.text())).append("</li>\n");
        }
        html.append("</ul>\n");
    }

    private static void keys(StringBuilder html, String heading, List<String> keys) {
        if (!keys.isEmpty()) {
            html.append("<h3>").append(heading).append(" (").append(keys.size()).append(")</h3>\n<p>")
                    .append(Html.escape(String.join(", ", keys))).append("</p>\n");
        }
    }
}
