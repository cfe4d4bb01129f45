package dev.pgsafety.core.analysis;

import java.util.List;

/**
 * What an analysis found.
 *
 * @param findings   reported findings (suppressed ones excluded), in source order
 * @param suppressed findings a suppression comment silenced, for run reports
 * @param migrations each migration with its parsed statements, for the runtime (which never re-parses SQL)
 */
public record AnalysisResult(List<Finding> findings, List<Finding> suppressed, List<AnalyzedMigration> migrations) {

    public AnalysisResult {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        migrations = List.copyOf(migrations);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> !f.isError()).toList();
    }

    /**
     * One migration as analyzed.
     *
     * @param transactional whether its statements run in one transaction (after applying the Flyway rule for AUTO)
     */
    public record AnalyzedMigration(MigrationSource source, boolean transactional, List<SqlStatement> statements) {
        public AnalyzedMigration {
            statements = List.copyOf(statements);
        }
    }
}
