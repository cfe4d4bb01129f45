package dev.pgsafety.cli.lint;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.pgsafety.core.analysis.Finding;

/** For people: findings grouped by file, each with why, the safe SQL and the suppression line. */
final class TextReport {

    private final boolean color;

    TextReport(boolean color) {
        this.color = color;
    }

    void write(LintRun run, PrintStream out) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : run.findings()) {
            byFile.computeIfAbsent(f.source(), k -> new java.util.ArrayList<>()).add(f);
        }
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            out.println(style("1;4", e.getKey()));
            for (Finding f : e.getValue()) {
                String level = f.isError() ? style("1;31", "error") : style("1;33", "warning");
                out.println("  " + e.getKey() + ":" + f.line() + ":" + f.column() + ": " + level + " ["
                        + style("1", f.rule()) + "]");
                out.println(indent(style("2", firstLines(f.statement())), "    | "));
                out.println(indent(wrap(f.message(), 96), "    "));
                if (!f.fix().isEmpty()) {
                    out.println("    " + style("32", "Safe alternative:"));
                    out.println(indent(style("32", f.fix()), "      "));
                }
                if (!f.suppression().isEmpty()) {
                    out.println("    " + style("2", "To accept the risk, put this line above the statement:"));
                    out.println("      " + style("2", f.suppression()));
                }
                out.println();
            }
        }
        String summary = run.errors() + " error(s), " + run.warnings() + " warning(s) in " + run.files().size()
                + " file(s), " + run.statements() + " statement(s) checked for PostgreSQL " + run.options().pgMajor();
        out.println(run.errors() > 0 ? style("1;31", summary) : style("1;32", summary));
    }

    private String style(String code, String text) {
        return color ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
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
