package dev.pgsafety.cli.lint;

import java.io.InputStream;
import java.io.PrintStream;

import dev.pgsafety.cli.UsageException;

/** Test access to the stdin-taking constructor. */
public final class LintCommandAccess {

    private final LintCommand command;

    public LintCommandAccess(PrintStream out, PrintStream err, InputStream in) {
        this.command = new LintCommand(out, err, in);
    }

    public int run(String[] args) throws UsageException {
        return command.run(args);
    }
}
