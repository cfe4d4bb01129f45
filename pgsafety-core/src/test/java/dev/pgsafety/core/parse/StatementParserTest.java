package dev.pgsafety.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.pgsafety.core.lexer.RawStatement;
import dev.pgsafety.core.lexer.StatementSplitter;
import dev.pgsafety.core.model.AlterTableAction;
import dev.pgsafety.core.model.ColumnConstraint;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;
import dev.pgsafety.core.model.TableConstraint;

class StatementParserTest {

    static Statement parse(String sql) {
        RawStatement raw = StatementSplitter.split(sql).statements().get(0);
        return StatementParser.parse(raw.significantTokens(), raw.text(), raw.start());
    }

    @Test
    void createIndexWithEveryOption() {
        var ci = (Statement.CreateIndex) parse(
                "create unique index concurrently if not exists \"Idx\" on only app.\"Orders\" using btree (lower(email), id) include (x) where deleted");
        assertThat(ci.unique()).isTrue();
        assertThat(ci.concurrently()).isTrue();
        assertThat(ci.ifNotExists()).isTrue();
        assertThat(ci.name()).isEqualTo("Idx");
        assertThat(ci.table()).isEqualTo(new QualifiedName("app", "Orders"));
        assertThat(ci.columns()).containsExactly("id");
        assertThat(ci.partial()).isTrue();
        var unnamed = (Statement.CreateIndex) parse("CREATE INDEX ON t (a)");
        assertThat(unnamed.name()).isNull();
    }

    @Test
    void dropIndexVariants() {
        var di = (Statement.DropIndex) parse("DROP INDEX CONCURRENTLY IF EXISTS public.a, b CASCADE");
        assertThat(di.concurrently()).isTrue();
        assertThat(di.ifExists()).isTrue();
        assertThat(di.indexes()).containsExactly(new QualifiedName("public", "a"), QualifiedName.of("b"));
        assertThat(di.cascade()).isTrue();
    }

    @Test
    void alterTableAddColumnWithInlineConstraints() {
        var at = (Statement.AlterTable) parse("ALTER TABLE IF EXISTS ONLY orders ADD COLUMN IF NOT EXISTS "
                + "customer_id bigint CONSTRAINT fk REFERENCES customers (id) ON DELETE SET NULL NOT NULL DEFAULT 0 CHECK (customer_id > 0)");
        assertThat(at.ifExists()).isTrue();
        assertThat(at.only()).isTrue();
        var add = (AlterTableAction.AddColumn) at.actions().get(0);
        assertThat(add.ifNotExists()).isTrue();
        assertThat(add.column().type().name()).isEqualTo("bigint");
        assertThat(add.column().notNull()).isTrue();
        assertThat(add.column().references().orElseThrow().table()).isEqualTo(QualifiedName.of("customers"));
        assertThat(add.column().defaultValue().orElseThrow().expression().text()).isEqualTo("0");
        assertThat(add.column().check()).isPresent();
    }

    @Test
    void typeNamesAreCanonical() {
        assertThat(columnType("int4")).isEqualTo("integer");
        assertThat(columnType("character varying(20)")).isEqualTo("varchar");
        assertThat(columnType("timestamp(3) with time zone")).isEqualTo("timestamptz");
        assertThat(columnType("timestamp without time zone")).isEqualTo("timestamp");
        assertThat(columnType("double precision")).isEqualTo("double precision");
        assertThat(columnType("pg_catalog.int8")).isEqualTo("bigint");
        assertThat(columnType("decimal(10, 2)")).isEqualTo("numeric");
        assertThat(columnType("interval day to second(3)")).isEqualTo("interval");
        assertThat(columnType("text[]")).isEqualTo("text");
        var add = (AlterTableAction.AddColumn) ((Statement.AlterTable) parse("ALTER TABLE t ADD c numeric(12,2)[]")).actions().get(0);
        assertThat(add.column().type().modifiers()).containsExactly(12, 2);
        assertThat(add.column().type().arrayDimensions()).isEqualTo(1);
    }

    private static String columnType(String type) {
        var at = (Statement.AlterTable) parse("ALTER TABLE t ADD COLUMN c " + type);
        return ((AlterTableAction.AddColumn) at.actions().get(0)).column().type().name();
    }

    @Test
    void addConstraintKinds() {
        var fk = constraint("ALTER TABLE o ADD CONSTRAINT o_c_fk FOREIGN KEY (c) REFERENCES c (id) NOT VALID");
        assertThat(fk).isInstanceOf(TableConstraint.ForeignKey.class);
        assertThat(fk.notValid()).isTrue();
        var check = constraint("ALTER TABLE o ADD CHECK (a > 0)");
        assertThat(check).isInstanceOf(TableConstraint.Check.class);
        assertThat(check.name()).isNull();
        var unique = (TableConstraint.Unique) constraint("ALTER TABLE o ADD CONSTRAINT u UNIQUE USING INDEX o_u_idx");
        assertThat(unique.usingIndex()).isEqualTo("o_u_idx");
        var pk = (TableConstraint.Unique) constraint("ALTER TABLE o ADD PRIMARY KEY (id, b)");
        assertThat(pk.primaryKey()).isTrue();
        assertThat(pk.columns()).containsExactly("id", "b");
        assertThat(constraint("ALTER TABLE o ADD EXCLUDE USING gist (r WITH &&)")).isInstanceOf(TableConstraint.Exclusion.class);
        var nn = (TableConstraint.NotNull) constraint("ALTER TABLE o ADD CONSTRAINT o_a_nn NOT NULL a NOT VALID");
        assertThat(nn.column()).isEqualTo("a");
        assertThat(nn.notValid()).isTrue();
    }

    private static TableConstraint constraint(String sql) {
        var at = (Statement.AlterTable) parse(sql);
        return ((AlterTableAction.AddConstraint) at.actions().get(0)).constraint();
    }

    @Test
    void alterTableSubcommands() {
        var at = (Statement.AlterTable) parse("ALTER TABLE t ALTER COLUMN a TYPE bigint USING a::bigint, "
                + "ALTER b SET NOT NULL, ALTER COLUMN c SET DEFAULT now(), DROP COLUMN IF EXISTS d CASCADE, "
                + "VALIDATE CONSTRAINT k, SET TABLESPACE fast, SET LOGGED, DISABLE TRIGGER ALL, OWNER TO bob, "
                + "ALTER COLUMN e SET STATISTICS 100");
        assertThat(at.actions()).hasSize(10);
        assertThat(at.actions().get(0)).isInstanceOf(AlterTableAction.AlterColumnType.class);
        assertThat(((AlterTableAction.AlterColumnType) at.actions().get(0)).using().text()).isEqualTo("a::bigint");
        assertThat(at.actions().get(1)).isEqualTo(new AlterTableAction.SetNotNull("b"));
        assertThat(at.actions().get(3)).isEqualTo(new AlterTableAction.DropColumn("d", true, true));
        assertThat(at.actions().get(4)).isEqualTo(new AlterTableAction.ValidateConstraint("k"));
        assertThat(at.actions().get(5)).isEqualTo(new AlterTableAction.Rewrite("SET TABLESPACE"));
        assertThat(at.actions().get(7)).isEqualTo(new AlterTableAction.DisableTrigger("all"));
        assertThat(at.actions().get(8)).isInstanceOf(AlterTableAction.OtherAction.class);
        assertThat(at.actions().get(9)).isInstanceOf(AlterTableAction.OtherAction.class);
    }

    @Test
    void renamesAndPartitions() {
        assertThat(((Statement.AlterTable) parse("ALTER TABLE t RENAME COLUMN a TO b")).actions())
                .containsExactly(new AlterTableAction.RenameColumn("a", "b"));
        assertThat(((Statement.AlterTable) parse("ALTER TABLE t RENAME a TO b")).actions())
                .containsExactly(new AlterTableAction.RenameColumn("a", "b"));
        assertThat(((Statement.AlterTable) parse("ALTER TABLE t RENAME TO u")).actions())
                .containsExactly(new AlterTableAction.RenameTable("u"));
        var detach = (AlterTableAction.DetachPartition) ((Statement.AlterTable)
                parse("ALTER TABLE m DETACH PARTITION m_2020 CONCURRENTLY")).actions().get(0);
        assertThat(detach.concurrently()).isTrue();
        var attach = (AlterTableAction.AttachPartition) ((Statement.AlterTable)
                parse("ALTER TABLE m ATTACH PARTITION m_2021 FOR VALUES FROM ('2021-01-01') TO ('2022-01-01')")).actions().get(0);
        assertThat(attach.partition()).isEqualTo(QualifiedName.of("m_2021"));
    }

    @Test
    void createTableColumnsAndConstraints() {
        var ct = (Statement.CreateTable) parse("CREATE TABLE IF NOT EXISTS s.t (id serial PRIMARY KEY, "
                + "ref int REFERENCES o, at timestamp, doc json, name varchar(20) COLLATE \"C\" NOT NULL, "
                + "total numeric GENERATED ALWAYS AS (a + b) STORED, "
                + "CONSTRAINT t_ref_fk FOREIGN KEY (ref) REFERENCES o (id), UNIQUE (name), LIKE other INCLUDING ALL) "
                + "PARTITION BY RANGE (at)");
        assertThat(ct.table()).isEqualTo(new QualifiedName("s", "t"));
        assertThat(ct.columns()).extracting(c -> c.name()).containsExactly("id", "ref", "at", "doc", "name", "total");
        assertThat(ct.columns().get(0).primaryKey()).isPresent();
        assertThat(ct.columns().get(5).generated().orElseThrow().stored()).isTrue();
        assertThat(ct.constraints()).hasSize(2);
        assertThat(ct.partitioned()).isTrue();
        var identity = (Statement.CreateTable) parse("CREATE TABLE t (id bigint GENERATED BY DEFAULT AS IDENTITY (START 10) PRIMARY KEY)");
        assertThat(identity.columns().get(0).identity().orElseThrow().always()).isFalse();
        assertThat(identity.columns().get(0).constraints()).anyMatch(c -> c instanceof ColumnConstraint.Unique);
        var asSelect = (Statement.CreateTable) parse("CREATE TABLE t2 AS SELECT * FROM t");
        assertThat(asSelect.asQuery()).isTrue();
        var partition = (Statement.CreateTable) parse("CREATE TABLE m_2020 PARTITION OF m FOR VALUES FROM (1) TO (2)");
        assertThat(partition.partitionOf()).isEqualTo(QualifiedName.of("m"));
    }

    @Test
    void dmlWhereShapes() {
        assertThat(((Statement.Update) parse("UPDATE t SET a = 1")).where()).isEqualTo(Statement.WhereShape.NONE);
        assertThat(((Statement.Update) parse("UPDATE ONLY s.t AS x SET a = (SELECT 1 WHERE true), b = c * 2 FROM u WHERE x.id = u.id"))
                .set().text()).isEqualTo("a = (SELECT 1 WHERE true), b = c * 2");
        assertThat(((Statement.Update) parse("UPDATE t SET a = 1 WHERE a IS NULL")).where()).isEqualTo(Statement.WhereShape.UNBOUNDED);
        assertThat(((Statement.Update) parse("UPDATE t SET a = 1 WHERE id BETWEEN 1 AND 1000")).where()).isEqualTo(Statement.WhereShape.BOUNDED);
        assertThat(((Statement.Update) parse("UPDATE t SET a = 1 WHERE id IN (SELECT id FROM t WHERE a IS NULL LIMIT 1000)")).where())
                .isEqualTo(Statement.WhereShape.BOUNDED);
        assertThat(((Statement.Delete) parse("DELETE FROM ONLY s.t WHERE id = 5")).where()).isEqualTo(Statement.WhereShape.BOUNDED);
        assertThat(((Statement.Delete) parse("DELETE FROM t WHERE status = 'x'")).where()).isEqualTo(Statement.WhereShape.UNBOUNDED);
        var withUpdate = (Statement.Update) parse("WITH x AS (SELECT 1) UPDATE t SET a = (SELECT 1 WHERE true)");
        assertThat(withUpdate.where()).isEqualTo(Statement.WhereShape.NONE);
        assertThat(((Statement.Insert) parse("INSERT INTO t (a) SELECT a FROM u")).fromQuery()).isTrue();
        assertThat(((Statement.Insert) parse("INSERT INTO t (a) VALUES (1)")).fromQuery()).isFalse();
    }

    @Test
    void utilityStatements() {
        assertThat(parse("TRUNCATE TABLE a, ONLY b RESTART IDENTITY CASCADE"))
                .isEqualTo(new Statement.Truncate(java.util.List.of(QualifiedName.of("a"), QualifiedName.of("b")), true));
        assertThat(parse("REINDEX (VERBOSE, CONCURRENTLY) INDEX i"))
                .isEqualTo(new Statement.Reindex("index", QualifiedName.of("i"), true));
        assertThat(parse("REINDEX TABLE CONCURRENTLY t")).isEqualTo(new Statement.Reindex("table", QualifiedName.of("t"), true));
        assertThat(parse("REFRESH MATERIALIZED VIEW CONCURRENTLY mv"))
                .isEqualTo(new Statement.RefreshMaterializedView(QualifiedName.of("mv"), true, false));
        assertThat(parse("VACUUM (FULL, ANALYZE) t")).isEqualTo(new Statement.Vacuum(true, java.util.List.of(QualifiedName.of("t"))));
        assertThat(parse("VACUUM ANALYZE t")).isEqualTo(new Statement.Vacuum(false, java.util.List.of(QualifiedName.of("t"))));
        assertThat(parse("CLUSTER t USING t_idx")).isEqualTo(new Statement.Cluster(QualifiedName.of("t")));
        assertThat(parse("CLUSTER")).isEqualTo(new Statement.Cluster(null));
        assertThat(parse("LOCK TABLE t IN SHARE ROW EXCLUSIVE MODE NOWAIT"))
                .isEqualTo(new Statement.LockTable(java.util.List.of(QualifiedName.of("t")), "share row exclusive"));
        assertThat(parse("ALTER TYPE mood ADD VALUE IF NOT EXISTS 'happy' AFTER 'ok'"))
                .isEqualTo(new Statement.AlterTypeAddValue(QualifiedName.of("mood"), "happy", true));
        assertThat(parse("SET LOCAL lock_timeout = '2s'")).isEqualTo(new Statement.SetVariable("lock_timeout", "2s", true));
        assertThat(parse("SET statement_timeout TO 0")).isEqualTo(new Statement.SetVariable("statement_timeout", "0", false));
        assertThat(parse("RESET ALL")).isEqualTo(new Statement.ResetVariable("all"));
        assertThat(parse("START TRANSACTION ISOLATION LEVEL SERIALIZABLE"))
                .isEqualTo(new Statement.TransactionControl(Statement.TransactionKind.BEGIN));
        assertThat(parse("END")).isEqualTo(new Statement.TransactionControl(Statement.TransactionKind.COMMIT));
        assertThat(parse("ROLLBACK TO SAVEPOINT s"))
                .isEqualTo(new Statement.TransactionControl(Statement.TransactionKind.ROLLBACK_TO_SAVEPOINT));
        assertThat(parse("DROP SCHEMA IF EXISTS a, b CASCADE")).isEqualTo(new Statement.DropSchema(java.util.List.of("a", "b"), true, true));
        assertThat(parse("DROP DATABASE IF EXISTS x WITH (FORCE)")).isEqualTo(new Statement.DropDatabase("x", true));
        assertThat(parse("DROP TABLE a, b")).isEqualTo(new Statement.DropTable(
                java.util.List.of(QualifiedName.of("a"), QualifiedName.of("b")), false, false));
        assertThat(parse("CREATE SEQUENCE s")).isEqualTo(new Statement.Other("create sequence"));
        assertThat(parse("COMMENT ON TABLE t IS 'x'")).isEqualTo(new Statement.Comment("table"));
    }

    @Test
    void doBlocksAndFunctionsKeepTheirBodies() {
        var d = (Statement.DoBlock) parse("DO $x$ BEGIN PERFORM 1; END $x$");
        assertThat(d.body()).isEqualTo(" BEGIN PERFORM 1; END ");
        assertThat("DO $x$ BEGIN PERFORM 1; END $x$".substring(d.bodyOffset())).startsWith(" BEGIN");
        var f = (Statement.CreateFunction) parse("CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$");
        assertThat(f.language()).isEqualTo("plpgsql");
        assertThat(f.body()).contains("RETURN 1");
        var t = (Statement.CreateTrigger) parse("CREATE TRIGGER trg BEFORE UPDATE ON s.t FOR EACH ROW EXECUTE FUNCTION f()");
        assertThat(t.table()).isEqualTo(new QualifiedName("s", "t"));
    }

    @Test
    void modelledFamiliesThatCannotBeFollowedAreUnparsedWithAReason() {
        var u = (Statement.Unparsed) parse("ALTER TABLE t FROBNICATE");
        assertThat(u.family()).isEqualTo("alter table");
        assertThat(u.reason()).contains("FROBNICATE");
        assertThat(parse("CREATE INDEX ON")).isInstanceOf(Statement.Unparsed.class);
        assertThat(parse("UPDATE")).isInstanceOf(Statement.Unparsed.class);
    }
}
