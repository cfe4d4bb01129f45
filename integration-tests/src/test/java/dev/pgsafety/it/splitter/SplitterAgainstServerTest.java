package dev.pgsafety.it.splitter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.pgsafety.core.lexer.RawStatement;
import dev.pgsafety.core.lexer.StatementSplitter;
import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.junit.PostgresTest;

/**
 * The splitter agrees with PostgreSQL: every statement of a corpus of valid migrations, sent to a real server
 * exactly as split (no semicolon added or removed), executes. A wrong split shows as a syntax error.
 */
class SplitterAgainstServerTest {

    private static final Path CORPUS = Path.of("src/test/resources/splitter-corpus");
    private static final Pattern MIN_PG = Pattern.compile("--\\s*min-pg:\\s*(\\d+)");

    @PostgresTest
    void everyCorpusStatementExecutesAsSplit(PgDatabase db) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        int executed = 0;
        try (Connection c = db.connect()) {
            c.setAutoCommit(true);
            for (Path file : files) {
                String sql = Files.readString(file, StandardCharsets.UTF_8);
                Matcher m = MIN_PG.matcher(sql);
                if (m.find() && db.major() < Integer.parseInt(m.group(1))) {
                    continue;
                }
                var split = StatementSplitter.split(sql);
                assertThat(split.trailing()).as("%s: nothing significant after the last statement", file).isBlank();
                for (RawStatement statement : split.statements()) {
                    try (var st = c.createStatement()) {
                        st.execute(statement.text());
                        executed++;
                    } catch (SQLException e) {
                        fail(file.getFileName() + ":" + statement.line() + ": PostgreSQL " + db.major()
                                + " rejected the statement as split: " + e.getMessage() + "\n---\n" + statement.text());
                    }
                }
            }
        }
        assertThat(executed).as("statements executed").isGreaterThanOrEqualTo(30);
    }
}
