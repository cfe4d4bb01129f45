package dev.pgsafety.cli.demo;

import java.util.List;

/** Shows migration scripts the way they sit in a project's migration folder. */
final class ScriptListing {

    private ScriptListing() {
    }

    static void print(Console console, List<DemoMigrations.Script> scripts) {
        StringBuilder b = new StringBuilder();
        for (DemoMigrations.Script s : scripts) {
            b.append(s.name()).append(":\n");
            s.sql().lines().forEach(line -> b.append("    ").append(line).append('\n'));
        }
        console.say(b.toString());
    }
}
