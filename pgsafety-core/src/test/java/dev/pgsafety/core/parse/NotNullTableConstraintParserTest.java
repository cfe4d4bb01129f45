package dev.pgsafety.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.pgsafety.core.lexer.RawStatement;
import dev.pgsafety.core.lexer.StatementSplitter;
import dev.pgsafety.core.model.AlterTableAction;
import dev.pgsafety.core.model.Statement;
import dev.pgsafety.core.model.TableConstraint;

/** PG 18's unnamed {@code NOT NULL col} table constraint, in ALTER TABLE ... ADD and in CREATE TABLE. */
class NotNullTableConstraintParserTest {

    private static Statement parse(String sql) {
        RawStatement raw = StatementSplitter.split(sql).statements().get(0);
        return StatementParser.parse(raw.significantTokens(), raw.text(), raw.start());
    }

    @Test
    void alterTableAddUnnamedNotNullConstraint() {
        Statement s = parse("ALTER TABLE orders ADD NOT NULL status NOT VALID;");
        assertThat(s).isInstanceOf(Statement.AlterTable.class);
        AlterTableAction action = ((Statement.AlterTable) s).actions().get(0);
        assertThat(action).isEqualTo(new AlterTableAction.AddConstraint(new TableConstraint.NotNull(null, "status", true)));
    }

    @Test
    void alterTableAddNamedNotNullConstraintStillParses() {
        Statement s = parse("alter table orders add constraint orders_status_nn not null \"Status\"");
        assertThat(((Statement.AlterTable) s).actions().get(0)).isEqualTo(
                new AlterTableAction.AddConstraint(new TableConstraint.NotNull("orders_status_nn", "Status", false)));
    }

    @Test
    void createTableWithUnnamedNotNullTableConstraint() {
        Statement s = parse("CREATE TABLE t (a bigint, NOT NULL a)");
        assertThat(s).isInstanceOf(Statement.CreateTable.class);
        Statement.CreateTable ct = (Statement.CreateTable) s;
        assertThat(ct.columns()).hasSize(1);
        assertThat(ct.constraints()).containsExactly(new TableConstraint.NotNull(null, "a", false));
    }

    @Test
    void addColumnIsStillAColumn() {
        Statement s = parse("ALTER TABLE t ADD nickname text NOT NULL DEFAULT ''");
        assertThat(((Statement.AlterTable) s).actions().get(0)).isInstanceOf(AlterTableAction.AddColumn.class);
    }
}
