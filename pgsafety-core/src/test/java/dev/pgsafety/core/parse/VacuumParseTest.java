package dev.pgsafety.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.pgsafety.core.lexer.Lexer;
import dev.pgsafety.core.lexer.Token;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;

/** VACUUM's FULL option, written as a key word or in the parenthesised option list. */
class VacuumParseTest {

    @Test
    void fullInTheOptionList() {
        assertThat(vacuum("VACUUM (FULL) orders").full()).isTrue();
        assertThat(vacuum("VACUUM (FULL TRUE, ANALYZE) orders").full()).isTrue();
        assertThat(vacuum("VACUUM (ANALYZE, FULL) orders").full()).isTrue();
        assertThat(vacuum("vacuum (verbose, full on) orders").full()).isTrue();
        assertThat(vacuum("VACUUM (FULL 1) orders").full()).isTrue();
    }

    @Test
    void fullSwitchedOffIsNotFull() {
        assertThat(vacuum("VACUUM (FULL FALSE) orders").full()).isFalse();
        assertThat(vacuum("VACUUM (FULL OFF, ANALYZE) orders").full()).isFalse();
        assertThat(vacuum("VACUUM (ANALYZE, FULL 0) orders").full()).isFalse();
        assertThat(vacuum("VACUUM (ANALYZE) orders").full()).isFalse();
    }

    @Test
    void keywordFormAndTables() {
        Statement.Vacuum v = vacuum("VACUUM FULL ANALYZE app.\"Orders\", audit_log");
        assertThat(v.full()).isTrue();
        assertThat(v.tables()).containsExactly(new QualifiedName("app", "Orders"), QualifiedName.of("audit_log"));
        assertThat(vacuum("VACUUM FULL").tables()).isEmpty();
        assertThat(vacuum("VACUUM ANALYZE orders").full()).isFalse();
    }

    private static Statement.Vacuum vacuum(String sql) {
        List<Token> tokens = Lexer.tokenize(sql).stream().filter(Token::isSignificant).toList();
        Statement s = StatementParser.parse(tokens, sql, 0);
        assertThat(s).as(sql).isInstanceOf(Statement.Vacuum.class);
        return (Statement.Vacuum) s;
    }
}
