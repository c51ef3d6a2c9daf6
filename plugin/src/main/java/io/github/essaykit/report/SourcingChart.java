package io.github.essaykit.report;

import io.github.essaykit.render.Html;
import java.util.Map;

/**
 * An essay's sourcing at a glance, drawn at build time as inline SVG (no script, no style
 * attribute, so the page keeps its Content-Security-Policy): one bar of paragraphs sourced and
 * unsourced, a bar per type of source, and a column per year of publication.
 */
final class SourcingChart {

    private static final int WIDTH = 360;
    private static final int BAR = 200;
    private static final String SOURCED = "#2a6b2e";
    private static final String UNSOURCED = "#b3261e";
    private static final String SOURCES = "#1a55a0";
    private static final String TEXT = "#1f1f1f";

    private SourcingChart() {}

    static String svg(SourcingReport.Essay essay) {
        StringBuilder svg = new StringBuilder();
        int y = 16;
        int total = essay.sourcedParagraphs() + essay.unsourcedParagraphs();
        text(svg, 0, y, "Paragraphs: " + essay.sourcedParagraphs() + " sourced, " + essay.unsourcedParagraphs() + " not");
        y += 6;
        int sourcedWidth = total == 0 ? 0 : Math.round((float) BAR * essay.sourcedParagraphs() / total);
        rect(svg, 0, y, sourcedWidth, 12, SOURCED);
        rect(svg, sourcedWidth, y, total == 0 ? BAR : BAR - sourcedWidth, 12, UNSOURCED);
        y += 32;
        text(svg, 0, y, essay.byType().isEmpty() ? "No sources" : "Sources by type");
        int most = Math.max(1, essay.byType().values().stream().mapToInt(Integer::intValue).max().orElse(1));
        for (Map.Entry<String, Integer> type : essay.byType().entrySet()) {
            y += 16;
            text(svg, 0, y, type.getKey() + " " + type.getValue());
            rect(svg, 120, y - 10, Math.max(2, (BAR - 40) * type.getValue() / most), 10, SOURCES);
        }
        if (!essay.byYear().isEmpty()) {
            y += 30;
            text(svg, 0, y, "Sources by year");
            int top = y + 6;
            int height = 40;
            int peak = Math.max(1, essay.byYear().values().stream().mapToInt(Integer::intValue).max().orElse(1));
            int step = Math.max(6, Math.min(36, (WIDTH - 20) / essay.byYear().size()));
            boolean labelEach = step >= 30; // else only the first and last year, which cannot overlap
            int x = 0;
            int i = 0;
            for (Map.Entry<String, Integer> year : essay.byYear().entrySet()) {
                int h = Math.max(2, height * year.getValue() / peak);
                svg.append("<rect x=\"").append(x).append("\" y=\"").append(top + height - h).append("\" width=\"").append(step - 2)
                        .append("\" height=\"").append(h).append("\" fill=\"").append(SOURCES).append("\"><title>")
                        .append(Html.escape(year.getKey() + ": " + year.getValue())).append("</title></rect>");
                boolean last = ++i == essay.byYear().size();
                if (labelEach || i == 1 || last && x > 60) {
                    svg.append("<text x=\"").append(labelEach ? x + (step - 2) / 2 : last ? x + step - 2 : x).append("\" y=\"")
                            .append(top + height + 14).append("\" text-anchor=\"").append(labelEach ? "middle" : last ? "end" : "start")
                            .append("\" font-size=\"10\" fill=\"").append(TEXT).append("\">").append(Html.escape(year.getKey())).append("</text>");
                }
                x += step;
            }
            y = top + height + 14;
        }
        y += 8;
        String label = "Sourcing of " + essay.title() + ": " + essay.sourcedParagraphs() + " of " + total + " paragraphs sourced; "
                + essay.byType().size() + " types of source";
        return "<svg class=\"sourcing-chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"" + Html.escape(label)
                + "\" width=\"" + WIDTH + "\" height=\"" + y + "\" viewBox=\"0 0 " + WIDTH + " " + y + "\">" + svg + "</svg>";
    }

    private static void rect(StringBuilder svg, int x, int y, int width, int height, String fill) {
        svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" fill=\"").append(fill).append("\"/>");
    }

    private static void text(StringBuilder svg, int x, int y, String text) {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"11\" fill=\"").append(TEXT)
                .append("\">").append(Html.escape(text)).append("</text>");
    }
}
