package dev.pgsafety.cli.lint;

import java.io.PrintStream;

import dev.pgsafety.cli.Version;
import dev.pgsafety.core.analysis.Finding;

/** One JSON object with a {@code findings} array, for scripts and other tools. */
final class JsonReport {

    void write(LintRun run, PrintStream out) {
        StringBuilder b = new StringBuilder();
        b.append("{\n  \"tool\": \"pgsafety\",\n  \"version\": ").append(Json.string(Version.get()))
                .append(",\n  \"pgVersion\": ").append(run.options().pgMajor())
                .append(",\n  \"findings\": [");
        boolean first = true;
        for (Finding f : run.findings()) {
            b.append(first ? "\n" : ",\n");
            first = false;
            b.append("    {")
                    .append("\"rule\": ").append(Json.string(f.rule()))
                    .append(", \"severity\": ").append(Json.string(f.severity().id()))
                    .append(", \"file\": ").append(Json.string(f.source()))
                    .append(", \"line\": ").append(f.line())
                    .append(", \"column\": ").append(f.column())
                    .append(", \"message\": ").append(Json.string(f.message()))
                    .append(", \"fix\": ").append(Json.string(f.fix()))
                    .append(", \"statement\": ").append(Json.string(f.statement()))
                    .append(", \"suppression\": ").append(Json.string(f.suppression()))
                    .append("}");
        }
        b.append(first ? "],\n" : "\n  ],\n");
        b.append("  \"summary\": {\"errors\": ").append(run.errors())
                .append(", \"warnings\": ").append(run.warnings())
                .append(", \"files\": ").append(run.files().size())
                .append(", \"statements\": ").append(run.statements())
                .append("}\n}");
        out.println(b);
    }
}
