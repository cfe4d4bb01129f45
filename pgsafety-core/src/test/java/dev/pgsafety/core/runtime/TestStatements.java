package dev.pgsafety.core.runtime;

import java.util.List;

import dev.pgsafety.core.analysis.AnalysisOptions;
import dev.pgsafety.core.analysis.Analyzer;
import dev.pgsafety.core.analysis.MigrationSource;
import dev.pgsafety.core.analysis.SqlStatement;

/** Parsed statements for runtime tests; the concurrent sessions come from the testkit. */
final class TestStatements {

    private TestStatements() {
    }

    static SqlStatement statement(String sql) {
        List<SqlStatement> statements = new Analyzer(AnalysisOptions.defaults())
                .analyze(List.of(MigrationSource.script("test.sql", sql))).migrations().get(0).statements();
        return statements.get(0);
    }
}
