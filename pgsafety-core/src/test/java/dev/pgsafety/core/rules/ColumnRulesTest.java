package dev.pgsafety.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.pgsafety.core.analysis.AnalysisOptions;
import dev.pgsafety.core.analysis.AnalysisResult;
import dev.pgsafety.core.analysis.Analyzer;
import dev.pgsafety.core.analysis.Finding;
import dev.pgsafety.core.analysis.MigrationSource;
import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.catalog.CatalogSnapshot;
import dev.pgsafety.core.catalog.TableFacts;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.parse.StatementParser;

/** What fixtures cannot show: catalog-driven verdicts, and the helpers' edge cases. */
class ColumnRulesTest {

    private static final CatalogSnapshot CATALOG = table -> table.name().equals("orders")
            ? Optional.of(new TableFacts(new QualifiedName("public", "orders"), 5_000_000, 2_000_000_000L, false,
                    Map.of("email", "character varying(50)", "amount", "numeric(10,2)", "qty", "integer",
                            "net", "cidr"),
                    Set.of("qty"), Set.of()))
            : table.name().equals("countries")
            ? Optional.of(new TableFacts(new QualifiedName("public", "countries"), 200, 65_536, false,
                    Map.of("code", "character(2)"), Set.of(), Set.of()))
            : Optional.empty();

    @Test
    void catalogTypesMakeWideningsSilent() {
        assertThat(findings("ALTER TABLE orders ALTER COLUMN email TYPE varchar(200);")).isEmpty();
        assertThat(findings("ALTER TABLE orders ALTER COLUMN email TYPE text;")).isEmpty();
        assertThat(findings("ALTER TABLE orders ALTER COLUMN amount TYPE numeric(14,2);")).isEmpty();
        assertThat(findings("ALTER TABLE orders ALTER COLUMN net TYPE inet;")).isEmpty();
    }

    @Test
    void catalogTypesShowRealRewrites() {
        List<Finding> found = findings("ALTER TABLE orders ALTER COLUMN qty TYPE bigint;");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("alter-column-type");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("from integer to bigint", "ACCESS EXCLUSIVE", "orders");
            // the catalog says qty is NOT NULL: the fix carries the set-not-null steps for the new column
            assertThat(f.fix()).contains("ADD COLUMN qty_new bigint", "VALIDATE CONSTRAINT orders_qty_new_not_null");
        });
        assertThat(findings("ALTER TABLE orders ALTER COLUMN email TYPE varchar(20);")).hasSize(1);
    }

    @Test
    void unknownColumnFiresAndSaysWideningsCanBeSuppressed() {
        assertThat(findings("ALTER TABLE orders ALTER COLUMN note TYPE text;")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("current type is unknown", "suppress"));
    }

    @Test
    void smallTableDropsToWarning() {
        assertThat(findings("ALTER TABLE countries ALTER COLUMN code TYPE char(3);")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void binaryCoercibleChanges() {
        assertThat(coercible("varchar(10)", "varchar(10)")).isTrue();
        assertThat(coercible("varchar(10)", "varchar(11)")).isTrue();
        assertThat(coercible("varchar(10)", "varchar")).isTrue();
        assertThat(coercible("varchar(10)", "text")).isTrue();
        assertThat(coercible("varchar", "text")).isTrue();
        assertThat(coercible("text", "varchar")).isTrue();
        assertThat(coercible("numeric(10,2)", "numeric(12,2)")).isTrue();
        assertThat(coercible("numeric(10)", "numeric(12,0)")).isTrue();
        assertThat(coercible("numeric(10,2)", "numeric")).isTrue();
        assertThat(coercible("varbit(4)", "bit varying(8)")).isTrue();
        assertThat(coercible("cidr", "inet")).isTrue();
        assertThat(coercible("int4", "integer")).isTrue();

        assertThat(coercible("varchar(10)", "varchar(9)")).isFalse();
        assertThat(coercible("varchar", "varchar(10)")).isFalse();
        assertThat(coercible("text", "varchar(10)")).isFalse();
        assertThat(coercible("numeric(10,2)", "numeric(12,3)")).isFalse();
        assertThat(coercible("numeric(10,2)", "numeric(9,2)")).isFalse();
        assertThat(coercible("numeric", "numeric(10,2)")).isFalse();
        assertThat(coercible("inet", "cidr")).isFalse();
        assertThat(coercible("integer", "bigint")).isFalse();
        assertThat(coercible("char(2)", "char(3)")).isFalse();
        assertThat(coercible("varchar(10)[]", "varchar(20)[]")).isFalse();
        assertThat(coercible("text[]", "text[]")).isTrue();
    }

    @Test
    void volatileCallsOnlyOutsideStringsAndAsCalls() {
        assertThat(AddColumnRewriteDefault.volatileCall("gen_random_uuid ( )")).isEqualTo("gen_random_uuid");
        assertThat(AddColumnRewriteDefault.volatileCall("( pg_catalog . random ( ) * 10 ) :: integer")).isEqualTo("random");
        assertThat(AddColumnRewriteDefault.volatileCall("\"random\" ( )")).isEqualTo("random");
        assertThat(AddColumnRewriteDefault.volatileCall("nextval ( 'seq' :: regclass )")).isEqualTo("nextval");
        assertThat(AddColumnRewriteDefault.volatileCall("now ( )")).isNull();
        assertThat(AddColumnRewriteDefault.volatileCall("'random()'")).isNull();
        assertThat(AddColumnRewriteDefault.volatileCall("E'it\\'s random()'")).isNull();
        assertThat(AddColumnRewriteDefault.volatileCall("$x$ random() $x$")).isNull();
        assertThat(AddColumnRewriteDefault.volatileCall("my_random ( )")).isNull();
        assertThat(AddColumnRewriteDefault.volatileCall("random")).isNull();
        assertThat(AddColumnRewriteDefault.volatileCall("'unterminated")).isNull();
        assertThat(AddColumnRewriteDefault.volatileCall("\"unterminated")).isNull();
        assertThat(AddColumnRewriteDefault.volatileCall("$1 + random ( )")).isEqualTo("random");
    }

    private static boolean coercible(String from, String to) {
        return AlterColumnType.binaryCoercible(StatementParser.parseType(from), StatementParser.parseType(to));
    }

    private static List<Finding> findings(String sql) {
        AnalysisResult result = new Analyzer(AnalysisOptions.defaults())
                .analyze(List.of(MigrationSource.script("V1__x.sql", sql)), CATALOG);
        // only this batch's rule: other rules may also have something to say about these statements
        return result.findings().stream().filter(f -> f.rule().equals("alter-column-type")).toList();
    }
}
