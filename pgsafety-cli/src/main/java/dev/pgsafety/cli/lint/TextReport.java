package dev.pgsafety.cli.lint;

import java.io.PrintStream;

import dev.pgsafety.core.report.FindingFormatter;
import dev.pgsafety.core.report.FindingFormatter.Emphasis;

/** For people: findings grouped by file, each with why, the safe SQL and the suppression line; coloured on a terminal. */
final class TextReport {

    private final FindingFormatter.Styler styler;

    TextReport(boolean color) {
        this.styler = color ? TextReport::ansi : FindingFormatter.PLAIN;
    }

    void write(LintRun run, PrintStream out) {
        out.print(new FindingFormatter(styler).format(run.findings()));
        String summary = run.errors() + " error(s), " + run.warnings() + " warning(s) in " + run.files().size()
                + " file(s), " + run.statements() + " statement(s) checked for PostgreSQL " + run.options().pgMajor();
        out.println(styler.style(run.errors() > 0 ? Emphasis.SUMMARY_BAD : Emphasis.SUMMARY_GOOD, summary));
    }

    private static String ansi(Emphasis emphasis, String text) {
        String code = switch (emphasis) {
            case FILE -> "1;4";
            case ERROR, SUMMARY_BAD -> "1;31";
            case WARNING -> "1;33";
            case RULE -> "1";
            case STATEMENT, HINT -> "2";
            case FIX -> "32";
            case SUMMARY_GOOD -> "1;32";
        };
        return "\u001b[" + code + "m" + text + "\u001b[0m";
    }
}
