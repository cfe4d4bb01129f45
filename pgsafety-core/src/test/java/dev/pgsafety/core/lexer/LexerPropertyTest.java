package dev.pgsafety.core.lexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.pgsafety.core.lexer.StatementSplitter.SplitResult;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties that must hold for every input, checked on seeded random inputs (reproducible: the failing input is
 * printed escaped): lexing and splitting never throw, tokens are contiguous and cover the input, and the statements
 * plus trailing text rebuild the input.
 */
class LexerPropertyTest {

    /** Fragments that exercise every lexer state, mixed with single random chars. */
    private static final String[] PIECES = {
        "'", "\"", "$", "$$", "$a$", "$1", "-", "--", "/", "/*", "*/", "*", ";", "\\", "U&", "u&'", "U&\"", "E'", "e'",
        "B'", "X'", "N'", "\n", "\r", "\r\n", " ", "\t", "\0", "\uD800", "\uDC00", "\uD83D\uDE00", "\uFEFF", "(", ")",
        "::", ":=", ".", "..", "0x", "1e", "1.5", "_", "é", "begin", "BEGIN ATOMIC", "end", "case", "create function",
        "CREATE OR REPLACE PROCEDURE", "select", "a$b", "=>", "->>", "@>", "||", "UESCAPE", "{", "}", "`", "?",
    };

    private static final List<String> STATEMENTS = List.of(
            "CREATE TABLE public.users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);",
            "ALTER TABLE users ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();",
            "CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON users (lower(email));",
            "ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;",
            "UPDATE users SET email = E'it\\'s; \\x41' || 'a''b;' WHERE data->>'k' = $1 AND tags @> ARRAY['x'];",
            "COMMENT ON COLUMN \"Users\".\"E-mail\" IS U&'d\\0061t\\+000061' UESCAPE '\\';",
            "DO $$\nBEGIN\n  EXECUTE 'SET lock_timeout = ''2s''';\n  RAISE NOTICE 'done; %', 1;\nEND\n$$;",
            "CREATE OR REPLACE FUNCTION touch() RETURNS trigger AS $body$\nBEGIN\n  NEW.t := now(); -- $$\n"
                    + "  RETURN NEW;\nEND;\n$body$ LANGUAGE plpgsql;",
            "CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT CASE WHEN a > 0 "
                    + "THEN a + b ELSE 0 END;\n  SELECT a::bigint;\nEND;",
            "/* nested /* comment */ still; */ -- line; comment\r\nSELECT 1.5e-3, 0x1F, .5, B'101', X'ff';",
            "\uFEFFBEGIN;\nLOCK TABLE t IN ACCESS EXCLUSIVE MODE;\nCOMMIT;\n",
            "SELECT $tag$ a $$ b $tag$, f(x => 1, y := 2), a[1:2], c::text;;");

    @Test
    void randomCharacterSoup() {
        Random random = new Random(20240601L);
        StringBuilder sb = new StringBuilder();
        for (int iteration = 0; iteration < 4000; iteration++) {
            sb.setLength(0);
            int pieces = random.nextInt(40);
            for (int p = 0; p < pieces; p++) {
                int choice = random.nextInt(4);
                if (choice == 0) {
                    sb.append((char) random.nextInt(0x80)); // any ASCII char, control chars included
                } else if (choice == 1) {
                    sb.append((char) random.nextInt(0x10000)); // any UTF-16 unit, lone surrogates included
                } else {
                    sb.append(PIECES[random.nextInt(PIECES.length)]);
                }
            }
            check(sb.toString());
        }
    }

    @Test
    void realisticStatementsTruncatedAtEveryOffsetAndSpliced() {
        Random random = new Random(42L);
        for (String statement : STATEMENTS) {
            for (int cut = 0; cut <= statement.length(); cut++) {
                String head = statement.substring(0, cut);
                check(head);
                String other = STATEMENTS.get(random.nextInt(STATEMENTS.size()));
                check(head + other);
                check(head + "\n" + other.substring(random.nextInt(other.length() + 1)));
            }
        }
    }

    @Test
    void randomConcatenationsOfStatementFragments() {
        Random random = new Random(7L);
        StringBuilder sb = new StringBuilder();
        for (int iteration = 0; iteration < 3000; iteration++) {
            sb.setLength(0);
            int parts = 1 + random.nextInt(5);
            for (int p = 0; p < parts; p++) {
                String s = STATEMENTS.get(random.nextInt(STATEMENTS.size()));
                int from = random.nextInt(s.length() + 1);
                int to = from + random.nextInt(s.length() - from + 1);
                sb.append(s, from, to);
                if (random.nextBoolean()) {
                    sb.append(PIECES[random.nextInt(PIECES.length)]);
                }
            }
            check(sb.toString());
        }
    }

    @Test
    void wholeStatementsSplitOneByOne() {
        String script = String.join("\n", STATEMENTS.subList(0, 10));
        SplitResult result = StatementSplitter.split(script);
        assertThat(result.statements()).hasSize(10);
        for (RawStatement s : result.statements()) {
            assertThat(s.hasTerminator()).isTrue();
        }
    }

    private static void check(String input) {
        try {
            checkTokens(input);
            checkSplit(input);
        } catch (AssertionError | RuntimeException e) {
            fail("failed for input \"" + escape(input) + "\"", e);
        }
    }

    private static void checkTokens(String input) {
        List<Token> tokens = Lexer.tokenize(input);
        StringBuilder rebuilt = new StringBuilder(input.length());
        int expectedStart = 0;
        int previousLine = 1;
        for (Token t : tokens) {
            if (t.start() != expectedStart || t.end() <= t.start() || t.text().length() != t.end() - t.start()) {
                throw new AssertionError("token not contiguous or empty: " + t);
            }
            if (t.line() < previousLine || t.column() < 1) {
                throw new AssertionError("bad position: " + t);
            }
            previousLine = t.line();
            expectedStart = t.end();
            rebuilt.append(t.text());
            t.value();
        }
        if (!rebuilt.toString().equals(input)) {
            throw new AssertionError("token texts do not rebuild the input");
        }
    }

    private static void checkSplit(String input) {
        SplitResult result = StatementSplitter.split(input);
        StringBuilder rebuilt = new StringBuilder(input.length());
        int index = 0;
        for (RawStatement s : result.statements()) {
            if (s.index() != index++ || s.text().isEmpty() || !s.text().equals(input.substring(s.start(), s.end()))) {
                throw new AssertionError("bad statement: " + s);
            }
            if (!s.tokens().get(0).isSignificant() || !s.tokens().get(s.tokens().size() - 1).isSignificant()) {
                throw new AssertionError("statement does not start and end with significant tokens: " + s);
            }
            rebuilt.append(s.fullText());
        }
        rebuilt.append(result.trailing());
        if (!rebuilt.toString().equals(input)) {
            throw new AssertionError("statements do not rebuild the input");
        }
        for (Token t : Lexer.tokenize(result.trailing())) {
            if (t.isSignificant() && !t.isPunctuation(';')) {
                throw new AssertionError("significant token in trailing: " + t);
            }
        }
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '\\' && c != '"') {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.toString();
    }
}
