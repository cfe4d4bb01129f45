package dev.pgsafety.cli.demo;

import java.io.PrintStream;
import java.util.Locale;

/** The demo's output: numbered steps, and everything else indented under the step it belongs to. */
final class Console {

    static final String INDENT = "      ";

    private final PrintStream out;
    private final int steps;

    Console(PrintStream out, int steps) {
        this.out = out;
        this.steps = steps;
    }

    PrintStream stream() {
        return out;
    }

    void title(String text) {
        out.println(text);
    }

    void step(int n, String title) {
        out.println();
        out.println("[" + n + "/" + steps + "] " + title);
    }

    /** Text under the current step; several lines are indented alike. */
    void say(String text) {
        printIndented(out, text);
    }

    /** A step's action and, on the same line once it is done, how long it took. */
    void begin(String action) {
        out.print(INDENT + action + " ... ");
        out.flush();
    }

    void done(long startNanos) {
        out.println("done (" + seconds(System.nanoTime() - startNanos) + ")");
    }

    /** One print call, so lines from other threads (the progress line, Flyway's log) never cut into it. */
    static void printIndented(PrintStream out, String text) {
        StringBuilder b = new StringBuilder();
        for (String line : text.stripTrailing().split("\n", -1)) {
            b.append(line.isEmpty() ? "" : INDENT + line).append(System.lineSeparator());
        }
        out.print(b);
        out.flush();
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String millis(double ms) {
        return String.format(Locale.ROOT, "%,.0f ms", ms);
    }
}
