package dev.pgsafety.cli.lint;

import java.io.PrintStream;
import java.util.List;

import dev.pgsafety.cli.Version;
import dev.pgsafety.core.analysis.Finding;
import dev.pgsafety.core.rules.RuleRegistry;
import dev.pgsafety.core.rules.RuleRegistry.RegisteredRule;

/** SARIF 2.1.0, as GitHub code scanning reads it: every rule in the driver, one result per finding. */
final class SarifReport {

    private static final String DOCS = "https://github.com/pgsafety/pgsafety/blob/main/docs/rules/";

    void write(LintRun run, PrintStream out) {
        List<RegisteredRule> rules = RuleRegistry.all();
        StringBuilder b = new StringBuilder();
        b.append("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n")
                .append("  \"runs\": [{\n    \"tool\": {\"driver\": {\"name\": \"pgsafety\", \"version\": ")
                .append(Json.string(Version.get()))
                .append(", \"informationUri\": \"https://github.com/pgsafety/pgsafety\", \"rules\": [");
        for (int i = 0; i < rules.size(); i++) {
            RegisteredRule r = rules.get(i);
            b.append(i == 0 ? "\n" : ",\n")
                    .append("      {\"id\": ").append(Json.string(r.id()))
                    .append(", \"shortDescription\": {\"text\": ").append(Json.string(r.info().summary())).append("}")
                    .append(", \"helpUri\": ").append(Json.string(DOCS + r.id() + ".md"))
                    .append(", \"defaultConfiguration\": {\"level\": ").append(Json.string(level(r.info().severity())))
                    .append("}}");
        }
        b.append("\n    ]}},\n    \"results\": [");
        boolean first = true;
        for (Finding f : run.findings()) {
            b.append(first ? "\n" : ",\n");
            first = false;
            String text = f.message() + (f.fix().isEmpty() ? "" : "\n\nSafe alternative:\n" + f.fix())
                    + (f.suppression().isEmpty() ? "" : "\n\nTo accept the risk: " + f.suppression());
            b.append("      {\"ruleId\": ").append(Json.string(f.rule()))
                    .append(", \"ruleIndex\": ").append(indexOf(rules, f.rule()))
                    .append(", \"level\": ").append(Json.string(level(f.severity())))
                    .append(", \"message\": {\"text\": ").append(Json.string(text)).append("}")
                    .append(", \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": ")
                    .append(Json.string(artifact(f.source()))).append("}, \"region\": {\"startLine\": ").append(Math.max(1, f.line()))
                    .append(", \"startColumn\": ").append(Math.max(1, f.column())).append("}}}]}");
        }
        b.append(first ? "]\n" : "\n    ]\n").append("  }]\n}");
        out.println(b);
    }

    private static String level(dev.pgsafety.core.analysis.Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case OFF -> "none";
        };
    }

    /** A Liquibase changeset is named {@code file::id::author}; the artifact is the file. */
    private static String artifact(String source) {
        int sep = source.indexOf("::");
        return sep < 0 ? source : source.substring(0, sep);
    }

    private static int indexOf(List<RegisteredRule> rules, String id) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
