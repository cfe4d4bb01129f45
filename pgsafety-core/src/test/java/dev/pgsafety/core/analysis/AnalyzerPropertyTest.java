package dev.pgsafety.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.pgsafety.core.lexer.StatementSplitter;
import dev.pgsafety.core.model.Statement;

/**
 * The analyzer never crashes and never drops a statement, whatever the input: random characters, real
 * migration statements truncated, with tokens dropped, duplicated or swapped. Fixed seeds keep it repeatable.
 */
class AnalyzerPropertyTest {

    private static final List<String> STATEMENTS = List.of(
            "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS \"Idx\" ON app.orders USING btree (lower(email)) WHERE x",
            "ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'new' CHECK (status <> '')",
            "ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID",
            "ALTER TABLE orders VALIDATE CONSTRAINT fk",
            "ALTER TABLE orders ALTER COLUMN total TYPE numeric(14,2) USING total::numeric, ALTER COLUMN a SET NOT NULL",
            "ALTER TABLE m DETACH PARTITION m_2020 CONCURRENTLY",
            "ALTER TABLE m ATTACH PARTITION m_2021 FOR VALUES FROM (1) TO (2)",
            "CREATE TABLE t (id serial PRIMARY KEY, ref int REFERENCES o, at timestamp, CONSTRAINT c UNIQUE (at))",
            "UPDATE orders SET total_cents = total * 100 WHERE total_cents IS NULL",
            "DELETE FROM orders WHERE id IN (SELECT id FROM orders LIMIT 10)",
            "INSERT INTO t (a) SELECT a FROM u",
            "DO $$ BEGIN EXECUTE 'ALTER TABLE ' || t; ALTER TABLE x RENAME COLUMN a TO b; END $$",
            "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END",
            "REINDEX (CONCURRENTLY) TABLE orders",
            "VACUUM (FULL) orders",
            "LOCK TABLE orders IN ACCESS EXCLUSIVE MODE",
            "SET lock_timeout = '1s'",
            "BEGIN",
            "COMMIT",
            "ALTER TYPE mood ADD VALUE 'x'",
            "DROP INDEX CONCURRENTLY IF EXISTS idx",
            "TRUNCATE a, b CASCADE",
            "-- pgsafety:allow create-index-not-concurrent reason: x\nCREATE INDEX i ON t (a)",
            "REFRESH MATERIALIZED VIEW mv WITH NO DATA");

    @Test
    void neverThrowsOnMutatedMigrations() {
        Random random = new Random(20261122);
        for (int i = 0; i < 3000; i++) {
            check(mutate(random), random.nextInt(8) + 11);
        }
    }

    @Test
    void neverThrowsOnRandomCharacters() {
        Random random = new Random(7);
        String alphabet = "abcdefghijklmnopqrstuvwxyzABC_0123456789 \n\t;,()[]'\"$-/*+=<>:.&|\\E U&\u00e9\ud83d\ude00\u0000";
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(200);
            for (int j = 0; j < n; j++) {
                if (random.nextInt(10) == 0) {
                    String st = STATEMENTS.get(random.nextInt(STATEMENTS.size()));
                    b.append(st, 0, random.nextInt(Math.min(30, st.length())));
                } else {
                    b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            if (random.nextInt(20) == 0) {
                b.append((char) (0xD800 + random.nextInt(0x800)));
            }
            check(b.toString(), 18);
        }
    }

    private static String mutate(Random random) {
        List<String> parts = new ArrayList<>();
        int n = 1 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            String s = STATEMENTS.get(random.nextInt(STATEMENTS.size()));
            String[] words = s.split(" ");
            List<String> list = new ArrayList<>(List.of(words));
            switch (random.nextInt(5)) {
                case 0 -> s = s.substring(0, random.nextInt(s.length() + 1));
                case 1 -> {
                    list.remove(random.nextInt(list.size()));
                    s = String.join(" ", list);
                }
                case 2 -> {
                    int k = random.nextInt(list.size());
                    list.add(k, list.get(k));
                    s = String.join(" ", list);
                }
                case 3 -> {
                    java.util.Collections.swap(list, random.nextInt(list.size()), random.nextInt(list.size()));
                    s = String.join(" ", list);
                }
                default -> {
                }
            }
            parts.add(s);
        }
        return String.join(random.nextBoolean() ? ";\n" : ";", parts);
    }

    private static void check(String sql, int major) {
        AnalysisResult result;
        try {
            result = new Analyzer(AnalysisOptions.defaults().withPgMajor(major))
                    .analyze(List.of(MigrationSource.script("fuzz.sql", sql)));
        } catch (RuntimeException e) {
            throw new AssertionError("analyzer threw on input:\n" + sql, e);
        }
        int split = StatementSplitter.split(sql).statements().size();
        var analyzed = result.migrations().get(0).statements();
        assertThat(analyzed).as("every statement is kept: %s", sql).hasSize(split);
        for (SqlStatement s : analyzed) {
            if (s.model() instanceof Statement.Unparsed) {
                boolean reported = result.findings().stream().anyMatch(f -> f.rule().equals("unparsed-statement") && f.line() == s.line())
                        || result.suppressed().stream().anyMatch(f -> f.rule().equals("unparsed-statement"));
                assertThat(reported).as("unparsed statement reported: %s", s.text()).isTrue();
            }
        }
    }
}
