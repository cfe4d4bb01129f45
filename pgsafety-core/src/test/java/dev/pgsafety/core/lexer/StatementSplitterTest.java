package dev.pgsafety.core.lexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.pgsafety.core.lexer.StatementSplitter.SplitResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementSplitterTest {

    /** Splits and checks the round trip, which must hold for every input. */
    private static SplitResult split(String sql) {
        SplitResult result = StatementSplitter.split(sql);
        StringBuilder rebuilt = new StringBuilder();
        for (RawStatement s : result.statements()) {
            rebuilt.append(s.fullText());
        }
        assertThat(rebuilt.append(result.trailing()).toString()).isEqualTo(sql);
        return result;
    }

    private static List<String> texts(String sql) {
        return split(sql).statements().stream().map(RawStatement::text).toList();
    }

    @Test
    void emptyInput() {
        SplitResult result = split("");
        assertThat(result.statements()).isEmpty();
        assertThat(result.trailing()).isEmpty();
    }

    @Test
    void twoStatements() {
        SplitResult result = split("CREATE TABLE t (id int);\nALTER TABLE t ADD COLUMN x int;\n");
        assertThat(result.statements())
                .extracting(RawStatement::index, RawStatement::leading, RawStatement::text, RawStatement::terminator)
                .containsExactly(
                        tuple(0, "", "CREATE TABLE t (id int)", ";"),
                        tuple(1, "\n", "ALTER TABLE t ADD COLUMN x int", ";"));
        assertThat(result.trailing()).isEqualTo("\n");
        RawStatement second = result.statements().get(1);
        assertThat(second.start()).isEqualTo(25);
        assertThat(second.end()).isEqualTo(25 + second.text().length());
        assertThat(second.hasTerminator()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT 'a;b'",
        "SELECT 'it''s;'",
        "SELECT E'it\\';s'",
        "SELECT U&'a;b'",
        "SELECT \"weird;name\"",
        "SELECT U&\"weird;name\"",
        "SELECT $$;$$",
        "SELECT $x$ ; $$ ; $x$",
        "SELECT 1 -- ; comment\n + 2",
        "SELECT /* ; /* ; */ ; */ 1",
        "SELECT (1; 2)",
        "SELECT f(';', (';'), $$;$$)",
        "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); NOTIFY t)",
    })
    void semicolonsInsideConstructsDoNotSplit(String statement) {
        SplitResult result = split(statement + ";\nSELECT 2;");
        assertThat(result.statements()).extracting(RawStatement::text).containsExactly(statement, "SELECT 2");
    }

    @Test
    void missingFinalSemicolon() {
        SplitResult result = split("SELECT 1;\nSELECT 2  \n-- done\n");
        assertThat(result.statements()).extracting(RawStatement::text, RawStatement::terminator)
                .containsExactly(tuple("SELECT 1", ";"), tuple("SELECT 2", ""));
        assertThat(result.statements().get(1).hasTerminator()).isFalse();
        assertThat(result.trailing()).isEqualTo("  \n-- done\n");
    }

    @Test
    void emptyStatementsAreFoldedIntoTheNextLeading() {
        SplitResult result = split("SELECT 1;;\n; SELECT 2;");
        assertThat(result.statements()).extracting(RawStatement::index, RawStatement::leading, RawStatement::text)
                .containsExactly(tuple(0, "", "SELECT 1"), tuple(1, ";\n; ", "SELECT 2"));
        assertThat(result.trailing()).isEmpty();
    }

    @Test
    void onlySemicolonsAndComments() {
        SplitResult result = split("-- nothing\n;;/* here */;\n");
        assertThat(result.statements()).isEmpty();
        assertThat(result.trailing()).isEqualTo("-- nothing\n;;/* here */;\n");
    }

    @Test
    void bareSemicolonAfterTheLastStatementGoesToTrailing() {
        SplitResult result = split("SELECT 1; ;");
        assertThat(result.statements()).hasSize(1);
        assertThat(result.trailing()).isEqualTo(" ;");
    }

    @Test
    void commentsBetweenStatementsAreLeading() {
        String sql = "-- V1: create\n/* block */\nCREATE TABLE a (id int);\n\n-- next\nDROP TABLE b; -- trailing note\n";
        SplitResult result = split(sql);
        RawStatement first = result.statements().get(0);
        assertThat(first.leading()).isEqualTo("-- V1: create\n/* block */\n");
        assertThat(first.leadingComments()).extracting(Token::kind, Token::text).containsExactly(
                tuple(TokenKind.LINE_COMMENT, "-- V1: create"), tuple(TokenKind.BLOCK_COMMENT, "/* block */"));
        RawStatement second = result.statements().get(1);
        assertThat(second.leading()).isEqualTo("\n\n-- next\n");
        assertThat(second.leadingComments()).extracting(Token::text).containsExactly("-- next");
        assertThat(result.trailing()).isEqualTo(" -- trailing note\n");
    }

    @Test
    void commentsInsideAStatementStayInItsText() {
        RawStatement s = split("ALTER TABLE t /* why */ ADD COLUMN x int -- note\n  NOT NULL;").statements().get(0);
        assertThat(s.text()).isEqualTo("ALTER TABLE t /* why */ ADD COLUMN x int -- note\n  NOT NULL");
        assertThat(s.leadingComments()).isEmpty();
        assertThat(s.tokens()).extracting(Token::text).contains("/* why */", "-- note");
        assertThat(s.significantTokens()).extracting(Token::text)
                .containsExactly("ALTER", "TABLE", "t", "ADD", "COLUMN", "x", "int", "NOT", "NULL");
        assertThat(s.tokens().get(0).start()).isEqualTo(s.start());
        assertThat(s.tokens().get(s.tokens().size() - 1).end()).isEqualTo(s.end());
    }

    @Test
    void whitespaceAndCommentsBeforeTheSemicolonBelongToTheTerminator() {
        RawStatement s = split("SELECT 1 /* c */\n;").statements().get(0);
        assertThat(s.text()).isEqualTo("SELECT 1");
        assertThat(s.terminator()).isEqualTo(" /* c */\n;");
    }

    @Test
    void lineAndColumnWithCrlfAndBom() {
        String sql = "\uFEFF-- header\r\nCREATE TABLE a (id int);\r\n  ALTER TABLE a\r\n ADD x int; DROP TABLE c;";
        SplitResult result = split(sql);
        assertThat(result.statements()).extracting(RawStatement::line, RawStatement::column).containsExactly(
                tuple(2, 1), tuple(3, 3), tuple(4, 13));
        assertThat(result.statements().get(0).leading()).isEqualTo("\uFEFF-- header\r\n");
        assertThat(result.statements().get(0).start()).isEqualTo(sql.indexOf("CREATE"));
    }

    @Test
    void bomDirectlyBeforeTheFirstStatement() {
        RawStatement s = split("\uFEFFSELECT 1").statements().get(0);
        assertThat(s).extracting(RawStatement::leading, RawStatement::text, RawStatement::line, RawStatement::column)
                .containsExactly("\uFEFF", "SELECT 1", 1, 1);
    }

    @Test
    void beginAtomicBodyIsOneStatement() {
        String function = """
                CREATE OR REPLACE FUNCTION f(a int) RETURNS int
                LANGUAGE sql
                BEGIN ATOMIC
                  INSERT INTO log VALUES (a);
                  SELECT CASE WHEN a > 0 THEN 1 ELSE (CASE a WHEN 0 THEN 0 END) END;
                  SELECT CASE a WHEN 1 THEN 'x;y' END;
                END""";
        assertThat(texts(function + ";\nSELECT f(1);")).containsExactly(function, "SELECT f(1)");
    }

    @Test
    void beginAtomicInProcedureAndLowerCase() {
        String procedure = "create procedure p() language sql begin atomic insert into t values (1); end";
        assertThat(texts(procedure + "; call p();")).containsExactly(procedure, "call p()");
        String empty = "CREATE FUNCTION g() RETURNS void LANGUAGE sql BEGIN ATOMIC END";
        assertThat(texts(empty + "; SELECT 1;")).containsExactly(empty, "SELECT 1");
    }

    @Test
    void beginOutsideRoutineIsATransaction() {
        assertThat(texts("BEGIN;\nCREATE INDEX CONCURRENTLY i ON t (a);\nCOMMIT;"))
                .containsExactly("BEGIN", "CREATE INDEX CONCURRENTLY i ON t (a)", "COMMIT");
        assertThat(texts("BEGIN; SELECT CASE WHEN true THEN 1 END; END;"))
                .containsExactly("BEGIN", "SELECT CASE WHEN true THEN 1 END", "END");
        assertThat(texts("BEGIN ATOMIC; SELECT 1;")).containsExactly("BEGIN ATOMIC", "SELECT 1");
    }

    @Test
    void beginAsParameterNameDoesNotOpenABlock() {
        String function = "CREATE FUNCTION f(begin int) RETURNS int LANGUAGE sql RETURN begin";
        assertThat(texts(function + "; SELECT 1;")).containsExactly(function, "SELECT 1");
    }

    @Test
    void doBlockAndDollarQuotedFunction() {
        String doBlock = """
                DO $$
                BEGIN
                  IF NOT EXISTS (SELECT 1 FROM pg_class WHERE relname = 'x') THEN
                    EXECUTE 'CREATE TABLE x (id int)';
                  END IF;
                END
                $$""";
        String function = """
                CREATE FUNCTION touch() RETURNS trigger AS $body$
                BEGIN
                  NEW.updated_at := now(); -- $$ inside is fine
                  RETURN NEW;
                END;
                $body$ LANGUAGE plpgsql""";
        assertThat(texts(doBlock + ";\n" + function + ";\nSELECT 1;")).containsExactly(doBlock, function, "SELECT 1");
    }

    @Test
    void unbalancedClosingParenthesisIsIgnored() {
        assertThat(texts("SELECT 1); SELECT (2;); SELECT 3;")).containsExactly("SELECT 1)", "SELECT (2;)", "SELECT 3");
    }

    @Test
    void unterminatedStringSwallowsTheRest() {
        SplitResult result = split("SELECT 1; SELECT 'oops; SELECT 3;\n");
        assertThat(result.statements()).extracting(RawStatement::text, RawStatement::terminator)
                .containsExactly(tuple("SELECT 1", ";"), tuple("SELECT 'oops; SELECT 3;\n", ""));
        assertThat(result.trailing()).isEmpty();
        assertThat(result.statements().get(1).tokens().get(2).terminated()).isFalse();
    }

    @Test
    void unterminatedCommentAfterTheLastStatementIsTrailing() {
        SplitResult result = split("SELECT 1; /* never closed; SELECT 2;");
        assertThat(result.statements()).extracting(RawStatement::text).containsExactly("SELECT 1");
        assertThat(result.trailing()).isEqualTo(" /* never closed; SELECT 2;");
    }

    @Test
    void unclosedParenthesisSwallowsTheRest() {
        assertThat(texts("SELECT (1; SELECT 2;")).containsExactly("SELECT (1; SELECT 2;");
    }
}
