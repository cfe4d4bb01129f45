package dev.pgsafety.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.pgsafety.core.analysis.AnalysisOptions;
import dev.pgsafety.core.analysis.Analyzer;
import dev.pgsafety.core.analysis.Finding;
import dev.pgsafety.core.analysis.MigrationSource;

/**
 * Statements inside a DO body are reported at their own line and column. The fixture harness only checks the
 * statement a finding is counted for, so the exact positions are checked here.
 */
class DoBlockFindingsTest {

    private static List<String> findings(String sql) {
        return new Analyzer(AnalysisOptions.defaults()).analyze(List.of(MigrationSource.script("V1__x.sql", sql)))
                .findings().stream().map(f -> f.line() + ":" + f.column() + " " + f.rule()).toList();
    }

    @Test
    void staticStatementInsideMultiLineDoIsReportedAtItsLine() {
        String sql = "DO $$\n"
                + "BEGIN\n"
                + "    IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'orders_total_idx') THEN\n"
                + "        CREATE INDEX orders_total_idx ON orders (total);\n"
                + "    END IF;\n"
                + "END $$;\n";
        assertThat(findings(sql)).containsExactly("4:9 create-index-not-concurrent");
    }

    @Test
    void executeInsideLoopIsReportedAtItsLine() {
        String sql = "SELECT 1;\n"
                + "DO $$\n"
                + "DECLARE r record;\n"
                + "BEGIN\n"
                + "  FOR r IN SELECT tablename FROM pg_tables LOOP\n"
                + "    EXECUTE format('ANALYZE %I', r.tablename);\n"
                + "  END LOOP;\n"
                + "END $$;\n";
        assertThat(findings(sql)).containsExactly("6:5 dynamic-sql");
    }

    @Test
    void constantExecuteSuggestsTheStatementItself() {
        List<Finding> found = new Analyzer(AnalysisOptions.defaults()).analyze(List.of(MigrationSource.script("V1__x.sql",
                "DO $$ BEGIN EXECUTE 'CREATE INDEX orders_note_idx ON orders (note)'; END $$;"))).findings();
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("dynamic-sql");
            assertThat(f.line()).isEqualTo(1);
            assertThat(f.column()).isEqualTo(13);
            assertThat(f.fix()).endsWith("\nCREATE INDEX orders_note_idx ON orders (note);");
        });
    }
}
