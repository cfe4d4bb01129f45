package dev.pgsafety.core.lexer;

import static dev.pgsafety.core.lexer.TokenKind.BLOCK_COMMENT;
import static dev.pgsafety.core.lexer.TokenKind.DOLLAR_STRING;
import static dev.pgsafety.core.lexer.TokenKind.IDENTIFIER;
import static dev.pgsafety.core.lexer.TokenKind.LINE_COMMENT;
import static dev.pgsafety.core.lexer.TokenKind.NUMBER;
import static dev.pgsafety.core.lexer.TokenKind.OPERATOR;
import static dev.pgsafety.core.lexer.TokenKind.OTHER;
import static dev.pgsafety.core.lexer.TokenKind.PARAMETER;
import static dev.pgsafety.core.lexer.TokenKind.PUNCTUATION;
import static dev.pgsafety.core.lexer.TokenKind.QUOTED_IDENTIFIER;
import static dev.pgsafety.core.lexer.TokenKind.STRING;
import static dev.pgsafety.core.lexer.TokenKind.WHITESPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LexerTest {

    /** The significant tokens of {@code sql}. */
    private static List<Token> sig(String sql) {
        return Lexer.tokenize(sql).stream().filter(Token::isSignificant).toList();
    }

    /** The only token of {@code sql}, asserting there is exactly one. */
    private static Token single(String sql) {
        List<Token> tokens = Lexer.tokenize(sql);
        assertThat(tokens).as("tokens of %s", sql).hasSize(1);
        return tokens.get(0);
    }

    @Test
    void emptyInputHasNoTokens() {
        assertThat(Lexer.tokenize("")).isEmpty();
    }

    @Test
    void simpleStatement() {
        assertThat(Lexer.tokenize("SELECT a, 1 FROM t;"))
                .extracting(Token::kind, Token::text)
                .containsExactly(
                        tuple(IDENTIFIER, "SELECT"), tuple(WHITESPACE, " "), tuple(IDENTIFIER, "a"),
                        tuple(PUNCTUATION, ","), tuple(WHITESPACE, " "), tuple(NUMBER, "1"),
                        tuple(WHITESPACE, " "), tuple(IDENTIFIER, "FROM"), tuple(WHITESPACE, " "),
                        tuple(IDENTIFIER, "t"), tuple(PUNCTUATION, ";"));
    }

    @Test
    void offsetsAndTextMatchTheInput() {
        String sql = "ALTER TABLE \"T\" ADD COLUMN x int;";
        for (Token t : Lexer.tokenize(sql)) {
            assertThat(sql.substring(t.start(), t.end())).isEqualTo(t.text());
            assertThat(t.terminated()).isTrue();
        }
    }

    @Nested
    class Identifiers {
        @Test
        void unquotedIdentifiersAreFoldedToLowerCase() {
            Token t = single("MyTable");
            assertThat(t.kind()).isEqualTo(IDENTIFIER);
            assertThat(t.text()).isEqualTo("MyTable");
            assertThat(t.value()).isEqualTo("mytable");
            assertThat(t.isKeyword("mytable")).isTrue();
            assertThat(t.isKeyword("MyTable")).isFalse();
        }

        @Test
        void onlyAsciiLettersAreFoldedAsInAUtf8Database() {
            assertThat(single("ÉtÉ_I").value()).isEqualTo("ÉtÉ_i");
        }

        @Test
        void quotedIdentifiersKeepTheirCase() {
            Token t = single("\"MyTable\"");
            assertThat(t.kind()).isEqualTo(QUOTED_IDENTIFIER);
            assertThat(t.value()).isEqualTo("MyTable");
            assertThat(t.isKeyword("mytable")).isFalse();
        }

        @Test
        void doubledQuoteInQuotedIdentifier() {
            assertThat(single("\"a\"\"b;c\"").value()).isEqualTo("a\"b;c");
        }

        @Test
        void keywordMatchIgnoresCase() {
            assertThat(single("CrEaTe").isKeyword("create")).isTrue();
            assertThat(single("creates").isKeyword("create")).isFalse();
            assertThat(single("'create'").isKeyword("create")).isFalse();
        }

        @Test
        void dollarInsideIdentifierBelongsToIt() {
            assertThat(single("a$b").kind()).isEqualTo(IDENTIFIER);
            assertThat(single("foo$$bar").kind()).isEqualTo(IDENTIFIER);
            assertThat(sig("x$$ y")).extracting(Token::text).containsExactly("x$$", "y");
        }

        @Test
        void identifierCharsIncludeDigitsUnderscoreAndNonAscii() {
            assertThat(single("_t1_äß").kind()).isEqualTo(IDENTIFIER);
            assertThat(single("a\uFEFFb").kind()).isEqualTo(IDENTIFIER);
        }

        @Test
        void unicodeQuotedIdentifier() {
            Token t = single("U&\"d\\0061t\\+000061\"");
            assertThat(t.kind()).isEqualTo(QUOTED_IDENTIFIER);
            assertThat(t.value()).isEqualTo("data");
            assertThat(single("u&\"\\\\x\"").value()).isEqualTo("\\x");
        }

        @Test
        void invalidUnicodeEscapeKeepsTheRawName() {
            assertThat(single("U&\"a\\00zz\"").value()).isEqualTo("a\\00zz");
        }
    }

    @Nested
    class Strings {
        @Test
        void doubledQuoteIsAnEscapedQuote() {
            Token t = single("'it''s'");
            assertThat(t.kind()).isEqualTo(STRING);
            assertThat(t.value()).isEqualTo("it's");
        }

        @Test
        void backslashIsNotAnEscapeInPlainStrings() {
            assertThat(sig("'C:\\' x")).extracting(Token::kind, Token::text)
                    .containsExactly(tuple(STRING, "'C:\\'"), tuple(IDENTIFIER, "x"));
            assertThat(single("'a\\nb'").value()).isEqualTo("a\\nb");
        }

        @Test
        void escapeStringBackslashQuote() {
            Token t = single("E'it\\'s'");
            assertThat(t.kind()).isEqualTo(STRING);
            assertThat(t.value()).isEqualTo("it's");
            assertThat(single("e'it''s'").value()).isEqualTo("it's");
        }

        @Test
        void escapeStringEscapes() {
            assertThat(single("E'a\\nb\\tc\\\\d\\x41\\101\\u00e9\\U0001F600\\q'").value())
                    .isEqualTo("a\nb\tc\\dAA\u00e9\uD83D\uDE00q");
        }

        @Test
        void escapeStringByteEscapesFormUtf8() {
            assertThat(single("E'\\303\\251t\\xC3\\xA9'").value()).isEqualTo("\u00e9t\u00e9");
        }

        @Test
        void escapeStringSemicolonAfterEscapedQuote() {
            assertThat(sig("E'\\';' ;")).extracting(Token::kind, Token::text)
                    .containsExactly(tuple(STRING, "E'\\';'"), tuple(PUNCTUATION, ";"));
        }

        @Test
        void unicodeString() {
            Token t = single("U&'d\\0061t\\+000061'");
            assertThat(t.kind()).isEqualTo(STRING);
            assertThat(t.value()).isEqualTo("data");
        }

        @Test
        void uescapeClauseIsSeparateTokens() {
            assertThat(sig("U&'d!0061t' UESCAPE '!'")).extracting(Token::kind, Token::text)
                    .containsExactly(tuple(STRING, "U&'d!0061t'"), tuple(IDENTIFIER, "UESCAPE"), tuple(STRING, "'!'"));
        }

        @Test
        void loneUAmpersandIsIdentifierAndOperator() {
            assertThat(Lexer.tokenize("U&x")).extracting(Token::kind, Token::text)
                    .containsExactly(tuple(IDENTIFIER, "U"), tuple(OPERATOR, "&"), tuple(IDENTIFIER, "x"));
            assertThat(Lexer.tokenize("U&")).extracting(Token::kind, Token::text)
                    .containsExactly(tuple(IDENTIFIER, "U"), tuple(OPERATOR, "&"));
        }

        @Test
        void bitHexAndNationalStrings() {
            assertThat(single("B'1010'")).extracting(Token::kind, Token::value).containsExactly(STRING, "1010");
            assertThat(single("x'1F'")).extracting(Token::kind, Token::value).containsExactly(STRING, "1F");
            assertThat(single("N'it''s'")).extracting(Token::kind, Token::value).containsExactly(STRING, "it's");
        }

        @Test
        void prefixOnlyCountsAtTokenStart() {
            assertThat(sig("abcE'x'")).extracting(Token::kind, Token::text)
                    .containsExactly(tuple(IDENTIFIER, "abcE"), tuple(STRING, "'x'"));
        }

        @Test
        void unterminatedStringsRunToTheEnd() {
            Token plain = single("'abc; select 1");
            assertThat(plain.terminated()).isFalse();
            assertThat(plain.value()).isEqualTo("abc; select 1");
            Token escaped = single("E'abc\\");
            assertThat(escaped.kind()).isEqualTo(STRING);
            assertThat(escaped.terminated()).isFalse();
            Token quoted = single("\"abc");
            assertThat(quoted.kind()).isEqualTo(QUOTED_IDENTIFIER);
            assertThat(quoted.terminated()).isFalse();
            assertThat(quoted.value()).isEqualTo("abc");
        }
    }

    @Nested
    class DollarQuotes {
        @Test
        void emptyTagBodyWithSemicolons() {
            Token t = single("$$ BEGIN x := 1; END; $$");
            assertThat(t.kind()).isEqualTo(DOLLAR_STRING);
            assertThat(t.value()).isEqualTo(" BEGIN x := 1; END; ");
        }

        @Test
        void taggedBodyContainingOtherDollarQuotes() {
            String sql = "$fn$ SELECT $$a;b$$; EXECUTE $q$x$q$; $fn$";
            Token t = single(sql);
            assertThat(t.kind()).isEqualTo(DOLLAR_STRING);
            assertThat(t.value()).isEqualTo(" SELECT $$a;b$$; EXECUTE $q$x$q$; ");
        }

        @Test
        void closingDelimiterMustMatchExactly() {
            assertThat(single("$a$ $b$ $ab$ $A$ $a$").value()).isEqualTo(" $b$ $ab$ $A$ ");
            assertThat(sig("$t1$x$t1$ 2")).extracting(Token::kind).containsExactly(DOLLAR_STRING, NUMBER);
        }

        @Test
        void nonAsciiTag() {
            assertThat(single("$été$x$été$").value()).isEqualTo("x");
        }

        @Test
        void parameter() {
            assertThat(sig("a = $1 AND b = $12")).extracting(Token::kind, Token::text).containsExactly(
                    tuple(IDENTIFIER, "a"), tuple(OPERATOR, "="), tuple(PARAMETER, "$1"),
                    tuple(IDENTIFIER, "AND"), tuple(IDENTIFIER, "b"), tuple(OPERATOR, "="), tuple(PARAMETER, "$12"));
        }

        @Test
        void loneDollarIsOther() {
            assertThat(Lexer.tokenize("$")).extracting(Token::kind).containsExactly(OTHER);
            assertThat(Lexer.tokenize("$x y")).extracting(Token::kind, Token::text)
                    .containsExactly(tuple(OTHER, "$"), tuple(IDENTIFIER, "x"), tuple(WHITESPACE, " "),
                            tuple(IDENTIFIER, "y"));
        }

        @Test
        void placeholderSyntaxDoesNotBreakLexing() {
            assertThat(Lexer.tokenize("${flyway:defaultSchema}.t")).extracting(Token::kind, Token::text)
                    .containsExactly(tuple(OTHER, "$"), tuple(OTHER, "{"), tuple(IDENTIFIER, "flyway"),
                            tuple(PUNCTUATION, ":"), tuple(IDENTIFIER, "defaultSchema"), tuple(OTHER, "}"),
                            tuple(PUNCTUATION, "."), tuple(IDENTIFIER, "t"));
        }

        @Test
        void unterminatedDollarString() {
            Token t = single("$body$ SELECT 1;");
            assertThat(t.kind()).isEqualTo(DOLLAR_STRING);
            assertThat(t.terminated()).isFalse();
            assertThat(t.value()).isEqualTo(" SELECT 1;");
            assertThat(single("$$").terminated()).isFalse();
            assertThat(single("$$$$").value()).isEmpty();
        }
    }

    @Nested
    class Comments {
        @Test
        void lineCommentStopsBeforeTheLineBreak() {
            assertThat(Lexer.tokenize("-- a; b\r\nx")).extracting(Token::kind, Token::text)
                    .containsExactly(tuple(LINE_COMMENT, "-- a; b"), tuple(WHITESPACE, "\r\n"), tuple(IDENTIFIER, "x"));
            assertThat(single("-- to the end").kind()).isEqualTo(LINE_COMMENT);
        }

        @Test
        void blockCommentsNest() {
            assertThat(Lexer.tokenize("/* a /* b */ c */x")).extracting(Token::kind, Token::text)
                    .containsExactly(tuple(BLOCK_COMMENT, "/* a /* b */ c */"), tuple(IDENTIFIER, "x"));
        }

        @Test
        void slashStarSlashDoesNotClose() {
            Token t = single("/*/ x");
            assertThat(t.kind()).isEqualTo(BLOCK_COMMENT);
            assertThat(t.terminated()).isFalse();
            assertThat(single("/**/").terminated()).isTrue();
            assertThat(single("/***/").terminated()).isTrue();
        }

        @Test
        void unterminatedNestedComment() {
            Token t = single("/* a /* b */ c");
            assertThat(t.kind()).isEqualTo(BLOCK_COMMENT);
            assertThat(t.terminated()).isFalse();
        }

        @Test
        void commentStartInsideOperatorRun() {
            assertThat(Lexer.tokenize("*/*x*/")).extracting(Token::kind, Token::text)
                    .containsExactly(tuple(OPERATOR, "*"), tuple(BLOCK_COMMENT, "/*x*/"));
            assertThat(Lexer.tokenize("a+--c")).extracting(Token::kind, Token::text)
                    .containsExactly(tuple(IDENTIFIER, "a"), tuple(OPERATOR, "+"), tuple(LINE_COMMENT, "--c"));
        }
    }

    @Nested
    class OperatorsAndPunctuation {
        @Test
        void multiCharOperators() {
            assertThat(sig("j->>'k' @> x || y <-> z <= a <> b != c >= d"))
                    .filteredOn(t -> t.kind() == OPERATOR)
                    .extracting(Token::text)
                    .containsExactly("->>", "@>", "||", "<->", "<=", "<>", "!=", ">=");
        }

        @Test
        void trailingPlusMinusSplitOffUnlessSpecialCharPresent() {
            assertThat(sig("a=-1")).extracting(Token::kind, Token::text).containsExactly(
                    tuple(IDENTIFIER, "a"), tuple(OPERATOR, "="), tuple(OPERATOR, "-"), tuple(NUMBER, "1"));
            assertThat(sig("a*-+1")).extracting(Token::text).containsExactly("a", "*", "-", "+", "1");
            assertThat(sig("a@-1")).extracting(Token::text).containsExactly("a", "@-", "1");
        }

        @Test
        void castsAndNamedArgs() {
            assertThat(sig("a::int")).extracting(Token::kind, Token::text).containsExactly(
                    tuple(IDENTIFIER, "a"), tuple(PUNCTUATION, "::"), tuple(IDENTIFIER, "int"));
            assertThat(sig("f(x := 1, y => 2)")).extracting(Token::kind, Token::text).containsExactly(
                    tuple(IDENTIFIER, "f"), tuple(PUNCTUATION, "("), tuple(IDENTIFIER, "x"), tuple(OPERATOR, ":="),
                    tuple(NUMBER, "1"), tuple(PUNCTUATION, ","), tuple(IDENTIFIER, "y"), tuple(OPERATOR, "=>"),
                    tuple(NUMBER, "2"), tuple(PUNCTUATION, ")"));
        }

        @Test
        void punctuation() {
            assertThat(sig("a[1:2].b;(c)")).extracting(Token::kind, Token::text).containsExactly(
                    tuple(IDENTIFIER, "a"), tuple(PUNCTUATION, "["), tuple(NUMBER, "1"), tuple(PUNCTUATION, ":"),
                    tuple(NUMBER, "2"), tuple(PUNCTUATION, "]"), tuple(PUNCTUATION, "."), tuple(IDENTIFIER, "b"),
                    tuple(PUNCTUATION, ";"), tuple(PUNCTUATION, "("), tuple(IDENTIFIER, "c"), tuple(PUNCTUATION, ")"));
        }

        @Test
        void strayCharactersAreOther() {
            assertThat(Lexer.tokenize("\\{}\0\u0001")).extracting(Token::kind)
                    .containsExactly(OTHER, OTHER, OTHER, OTHER, OTHER);
        }
    }

    @Nested
    class Numbers {
        @Test
        void numericForms() {
            for (String n : List.of("1", "42", "1.5", ".5", "5.", "1e10", "1.5E-3", "2e+7", "0x1F", "0o17", "0b101",
                    "1_000_000", "0x_FF", "1.000_5")) {
                assertThat(single(n)).as(n).extracting(Token::kind, Token::text).containsExactly(NUMBER, n);
            }
        }

        @Test
        void rangeDotsAreNotPartOfTheNumber() {
            assertThat(Lexer.tokenize("1..10")).extracting(Token::kind, Token::text).containsExactly(
                    tuple(NUMBER, "1"), tuple(PUNCTUATION, ".."), tuple(NUMBER, "10"));
        }

        @Test
        void trailingIdentifierCharsStayInTheNumber() {
            assertThat(single("1abc").kind()).isEqualTo(NUMBER);
            assertThat(single("1e").kind()).isEqualTo(NUMBER);
            assertThat(sig("1e+ x")).extracting(Token::text).containsExactly("1e", "+", "x");
        }
    }

    @Nested
    class Positions {
        @Test
        void linesAndColumnsWithLfCrlfAndLoneCr() {
            List<Token> tokens = sig("a\r\n  b\rc\nd\r\n\r\ne");
            assertThat(tokens).extracting(Token::text, Token::line, Token::column).containsExactly(
                    tuple("a", 1, 1), tuple("b", 2, 3), tuple("c", 3, 1), tuple("d", 4, 1), tuple("e", 6, 1));
        }

        @Test
        void lineBreaksInsideMultiLineTokensAreCounted() {
            List<Token> tokens = sig("'a\nb' /* c\r\nd */ $$e\rf$$ \"g\nh\" x");
            assertThat(tokens.get(tokens.size() - 1)).extracting(Token::text, Token::line, Token::column)
                    .containsExactly("x", 5, 4);
        }

        @Test
        void byteOrderMarkIsWhitespaceAndNotAColumn() {
            List<Token> tokens = Lexer.tokenize("\uFEFFSELECT 1;\r\nSELECT 2");
            assertThat(tokens.get(0)).extracting(Token::kind, Token::text, Token::line, Token::column)
                    .containsExactly(WHITESPACE, "\uFEFF", 1, 1);
            assertThat(tokens.get(1)).extracting(Token::text, Token::start, Token::line, Token::column)
                    .containsExactly("SELECT", 1, 1, 1);
            assertThat(tokens).filteredOn(t -> t.text().equals("2"))
                    .extracting(Token::line, Token::column).containsExactly(tuple(2, 8));
        }

        @Test
        void byteOrderMarkJoinsFollowingWhitespace() {
            assertThat(Lexer.tokenize("\uFEFF \nx")).extracting(Token::kind, Token::text, Token::line)
                    .containsExactly(tuple(WHITESPACE, "\uFEFF \n", 1), tuple(IDENTIFIER, "x", 2));
        }
    }

    @Nested
    class Robustness {
        @Test
        void handMadeEmptyTokenHasEmptyValue() {
            for (TokenKind kind : TokenKind.values()) {
                assertThat(new Token(kind, "", 0, 0, 1, 1, true).value()).isEmpty();
            }
        }

        @Test
        void unpairedSurrogatesAndNulDoNotBreakAnything() {
            String sql = "\uD800x \uDC00'\0'\0";
            List<Token> tokens = Lexer.tokenize(sql);
            assertThat(String.join("", tokens.stream().map(Token::text).toList())).isEqualTo(sql);
            assertThat(tokens).extracting(Token::kind)
                    .containsExactly(IDENTIFIER, WHITESPACE, IDENTIFIER, STRING, OTHER);
        }

        @Test
        void truncatedInputs() {
            for (String sql : List.of("E'", "U&'", "U&\"", "B'", "$a", "$a$", "$1", "/*", "--", "'", "\"", "::", ":",
                    "0x", "1e", "1.", ".", "..", "U&'x' UESCAPE")) {
                List<Token> tokens = Lexer.tokenize(sql);
                assertThat(String.join("", tokens.stream().map(Token::text).toList())).as(sql).isEqualTo(sql);
                tokens.forEach(Token::value);
            }
        }
    }
}
