package dev.pgsafety.bench.stall;

import java.nio.file.Path;
import java.util.Map;

import dev.pgsafety.testkit.junit.PgDatabase;

/** Runs a variant's migration with its tool, pgsafety's settings given when the variant uses it. */
interface ToolRun {

    /**
     * @param safetySettings pgsafety's settings as {@code <tool>.safety.<key>} pairs, or null for the tool alone
     */
    Outcome migrate(PgDatabase db, Path dir, Migration migration, Map<String, String> safetySettings);

    /** The error text anywhere in a cause chain, which is where the tools put pgsafety's message. */
    static String allMessages(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                b.append(t.getMessage()).append('\n');
            }
        }
        return b.toString();
    }
}
