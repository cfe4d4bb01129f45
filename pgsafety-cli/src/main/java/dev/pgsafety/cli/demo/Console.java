package dev.pgsafety.cli.demo;

import java.io.PrintStream;
import java.util.Locale;

/** The demo's output: numbered steps, and everything else indented under the step it belongs to. */
final class Console {

    static final String INDENT = "      ";

    private final PrintStream out;
    private final int steps;
    private volatile boolean silenced;
    private boolean lineOpen;

    Console(PrintStream out, int steps) {
        this.out = out;
        this.steps = steps;
    }

    PrintStream stream() {
        return out;
    }

    /**
     * After Ctrl-C the main thread runs on against a database being dropped; its errors would bury the one line
     * that matters, so from here on only {@code last} is printed.
     */
    void silenceAllBut(String last) {
        silenced = true;
        out.println();
        out.println(last);
        out.flush();
    }

    boolean silenced() {
        return silenced;
    }

    void title(String text) {
        if (silenced) {
            return;
        }
        out.println(text);
    }

    void step(int n, String title) {
        if (silenced) {
            return;
        }
        out.println();
        out.println("[" + n + "/" + steps + "] " + title);
    }

    /** Text under the current step; several lines are indented alike. */
    void say(String text) {
        if (!silenced) {
            printIndented(out, text);
        }
    }

    /** A step's action and, on the same line once it is done, how long it took. */
    void begin(String action) {
        if (silenced) {
            return;
        }
        out.print(INDENT + action + " ... ");
        out.flush();
        lineOpen = true;
    }

    void done(long startNanos) {
        if (silenced) {
            return;
        }
        out.println("done (" + seconds(System.nanoTime() - startNanos) + ")");
        lineOpen = false;
    }

    /** Ends a {@link #begin} line whose action threw, so that the error message starts on a line of its own. */
    void failed() {
        if (lineOpen && !silenced) {
            out.println("failed");
            out.flush();
        }
        lineOpen = false;
    }

    /** One print call, so lines from other threads (the progress line, Flyway's log) never cut into it. */
    private static void printIndented(PrintStream out, String text) {
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
