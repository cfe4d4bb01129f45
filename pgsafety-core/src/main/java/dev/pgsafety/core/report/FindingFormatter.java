package dev.pgsafety.core.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.pgsafety.core.analysis.Finding;

/**
 * Findings as text for people, shared by the CLI and the tools' error messages: grouped by migration, each with
 * what is dangerous and why, the statement, the safe SQL and the suppression line to paste.
 */
public final class FindingFormatter {

    /** Adds emphasis (ANSI colours in a terminal); {@link #PLAIN} adds none. */
    public interface Styler {
        String style(Emphasis emphasis, String text);
    }

    public enum Emphasis { FILE, ERROR, WARNING, RULE, STATEMENT, FIX, HINT, SUMMARY_BAD, SUMMARY_GOOD }

    public static final Styler PLAIN = (emphasis, text) -> text;

    private final Styler styler;

    public FindingFormatter(Styler styler) {
        this.styler = styler;
    }

    /** All findings, grouped by source, in order. */
    public String format(List<Finding> findings) {
        Map<String, List<Finding>> bySource = new LinkedHashMap<>();
        for (Finding f : findings) {
            bySource.computeIfAbsent(f.source(), k -> new java.util.ArrayList<>()).add(f);
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<Finding>> e : bySource.entrySet()) {
            out.append(styler.style(Emphasis.FILE, e.getKey())).append('\n');
            for (Finding f : e.getValue()) {
                out.append(format(f)).append('\n');
            }
        }
        return out.toString();
    }

    /** One finding: location and rule, the statement, why, the safe alternative, the suppression. */
    public String format(Finding f) {
        StringBuilder out = new StringBuilder();
        String level = f.isError() ? styler.style(Emphasis.ERROR, "error") : styler.style(Emphasis.WARNING, "warning");
        out.append("  ").append(f.source()).append(':').append(f.line()).append(':').append(f.column()).append(": ")
                .append(level).append(" [").append(styler.style(Emphasis.RULE, f.rule())).append("]\n");
        out.append(indent(styler.style(Emphasis.STATEMENT, firstLines(f.statement())), "    | ")).append('\n');
        out.append(indent(wrap(f.message(), 96), "    ")).append('\n');
        if (!f.fix().isEmpty()) {
            out.append("    ").append(styler.style(Emphasis.FIX, "Safe alternative:")).append('\n');
            out.append(indent(styler.style(Emphasis.FIX, f.fix()), "      ")).append('\n');
        }
        if (!f.suppression().isEmpty()) {
            out.append("    ").append(styler.style(Emphasis.HINT, "To accept the risk, put this line above the statement:")).append('\n');
            out.append("      ").append(styler.style(Emphasis.HINT, f.suppression())).append('\n');
        }
        return out.toString();
    }

    private static String firstLines(String statement) {
        String[] lines = statement.split("\\R", -1);
        if (lines.length <= 4) {
            return statement;
        }
        return String.join("\n", java.util.Arrays.copyOf(lines, 4)) + "\n...";
    }

    private static String indent(String text, String prefix) {
        return prefix + text.replaceAll("\\R", "\n" + prefix);
    }

    private static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        int col = 0;
        for (String word : text.split(" ")) {
            if (col > 0 && col + word.length() + 1 > width) {
                out.append('\n');
                col = 0;
            } else if (col > 0) {
                out.append(' ');
                col++;
            }
            out.append(word);
            col += word.length();
        }
        return out.toString();
    }
}
