package dev.pgsafety.cli.demo;

import java.io.PrintStream;
import java.nio.file.Path;

import dev.pgsafety.cli.UsageException;

/** {@code pgsafety demo}: pgsafety at work on a real PostgreSQL under live traffic. */
public final class DemoCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final DemoPace pace;

    public DemoCommand(PrintStream out, PrintStream err) {
        this(out, err, DemoPace.DEFAULT);
    }

    /** A quicker pace keeps the smoke test short. */
    DemoCommand(PrintStream out, PrintStream err, DemoPace pace) {
        this.out = out;
        this.err = err;
        this.pace = pace;
    }

    public int run(String[] args) throws UsageException {
        DemoArguments a = DemoArguments.parse(args);
        if (a.help()) {
            out.print(DemoArguments.HELP);
            return 0;
        }
        // Checked before anything starts, so a missing build step is one clear line, not a stack trace.
        Path binaries = a.embedded() ? EmbeddedBinaries.folderFor(a.pgVersion()) : null;
        try {
            return new DemoRun(a, binaries, pace, out).run() ? 0 : 1;
        } catch (Exception e) {
            out.flush();
            err.println("pgsafety demo: failed: " + e.getMessage());
            return 1;
        }
    }
}
