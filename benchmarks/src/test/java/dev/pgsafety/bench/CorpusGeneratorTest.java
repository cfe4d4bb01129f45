package dev.pgsafety.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.pgsafety.core.analysis.AnalysisOptions;
import dev.pgsafety.core.analysis.AnalysisResult;
import dev.pgsafety.core.analysis.Analyzer;
import dev.pgsafety.core.analysis.Finding;
import dev.pgsafety.core.analysis.MigrationSource;

class CorpusGeneratorTest {

    private static final String UNPARSED = "unparsed-statement";

    @Test
    void sameSeedSameCorpus() {
        List<CorpusGenerator.GeneratedFile> a = CorpusGenerator.corpus(42, 40, 12);
        List<CorpusGenerator.GeneratedFile> b = CorpusGenerator.corpus(42, 40, 12);
        assertThat(b).isEqualTo(a);
        assertThat(CorpusGenerator.corpus(43, 40, 12)).isNotEqualTo(a);
    }

    @Test
    void generatesTheRequestedFilesAndStatements() {
        List<CorpusGenerator.GeneratedFile> files = CorpusGenerator.corpus(7, 25, 9);
        assertThat(files).hasSize(25);
        for (int i = 0; i < files.size(); i++) {
            CorpusGenerator.GeneratedFile f = files.get(i);
            assertThat(f.version()).isEqualTo(i + 1);
            assertThat(f.name()).startsWith("V" + (i + 1) + "__").matches("V[0-9]+__[a-z0-9_]+\\.sql");
            assertThat(f.statements()).isEqualTo(9);
        }
        assertThat(CorpusGenerator.corpus(7, 0, 9)).isEmpty();
        assertThatThrownBy(() -> new CorpusGenerator(7).nextFile(0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The analyzer splits each file into exactly the statements the generator wrote, and parses every one. */
    @Test
    void analyzerParsesEveryGeneratedStatement() {
        for (long seed : new long[] {CorpusGenerator.DEFAULT_SEED, 1, 2}) {
            List<CorpusGenerator.GeneratedFile> files = CorpusGenerator.corpus(seed, 80, 15);
            AnalysisResult result = analyze(files);
            for (int i = 0; i < files.size(); i++) {
                assertThat(result.migrations().get(i).statements())
                        .as("statements of %s (seed %d)", files.get(i).name(), seed)
                        .hasSize(files.get(i).statements());
            }
            List<Finding> unparsed = Stream.concat(result.findings().stream(), result.suppressed().stream())
                    .filter(f -> f.rule().equals(UNPARSED)).toList();
            assertThat(unparsed).as("unparsed statements (seed %d)", seed).isEmpty();
        }
    }

    /** The corpus holds the constructs the brief asks for, so the benchmark exercises them. */
    @Test
    void coversTheUsualMigrationConstructs() {
        String all = String.join("\n", CorpusGenerator.corpus(CorpusGenerator.DEFAULT_SEED, 150, 20).stream()
                .map(CorpusGenerator.GeneratedFile::sql).toList());
        assertThat(all).contains(
                "CREATE TABLE ", "PRIMARY KEY", "REFERENCES ", " CHECK (", " UNIQUE", " NOT NULL", " DEFAULT ",
                "jsonb", "timestamptz", "numeric(", "varchar(", "text[]", "uuid",
                "CREATE INDEX ", "CREATE INDEX CONCURRENTLY ", "CREATE UNIQUE INDEX ", " USING gin ",
                "ALTER TABLE ", " ADD COLUMN ", " ADD CONSTRAINT ", " NOT VALID;", " VALIDATE CONSTRAINT ",
                " TYPE bigint", " SET NOT NULL;", " RENAME COLUMN ", " RENAME TO ", " DROP COLUMN ",
                "UPDATE ", "DELETE FROM ", "INSERT INTO ", "generate_series(",
                "DO $$", "DO $do$", "LANGUAGE plpgsql", "AS $body$", "CREATE TRIGGER ", "CREATE TYPE ",
                "-- ", "/*", "''", "E'", "\"", "-- pgsafety:allow create-index-not-concurrent reason: small table",
                "SET lock_timeout");
        assertThat(all).as("no Java null leaked into the SQL").doesNotContainPattern("(?<![-_])\\bnull\\b(?![-_])");
    }

    @Test
    void writesFlywayFiles(@TempDir Path dir) throws IOException {
        List<CorpusGenerator.GeneratedFile> files = CorpusGenerator.corpus(5, 12, 4);
        List<Path> written = CorpusGenerator.writeFlyway(files, dir.resolve("db/migration"));
        assertThat(written).hasSize(12);
        for (int i = 0; i < files.size(); i++) {
            assertThat(written.get(i).getFileName().toString()).isEqualTo(files.get(i).name());
            assertThat(Files.readString(written.get(i), StandardCharsets.UTF_8)).isEqualTo(files.get(i).sql());
            assertThat(Files.size(written.get(i))).isEqualTo(files.get(i).bytes());
        }
    }

    /**
     * The JMH corpus: about 4 MB, and its statement count is the benchmark's operations per invocation (the
     * benchmark's setup also checks the analyzer splits it into that many).
     */
    @Test
    void benchmarkCorpusMatchesItsDeclaredSize() {
        List<CorpusGenerator.GeneratedFile> files = AnalyzerBenchmark.corpus();
        long bytes = files.stream().mapToLong(CorpusGenerator.GeneratedFile::bytes).sum();
        assertThat(bytes).isBetween(3_500_000L, 4_700_000L);
        assertThat(files.stream().mapToInt(CorpusGenerator.GeneratedFile::statements).sum())
                .isEqualTo(AnalyzerBenchmark.STATEMENTS);
    }

    private static AnalysisResult analyze(List<CorpusGenerator.GeneratedFile> files) {
        List<MigrationSource> sources = files.stream().map(f -> MigrationSource.script(f.name(), f.sql())).toList();
        return new Analyzer(AnalysisOptions.defaults()).analyze(sources);
    }
}
