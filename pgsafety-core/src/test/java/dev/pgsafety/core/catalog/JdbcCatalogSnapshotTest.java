package dev.pgsafety.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;

import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.junit.PostgresTest;

class JdbcCatalogSnapshotTest {

    @PostgresTest
    void readsSizesTypesAndValidatedNotNullChecks(PgDatabase db) throws Exception {
        try (Connection c = db.connect(); var st = c.createStatement()) {
            st.execute("CREATE SCHEMA app");
            st.execute("CREATE TABLE app.\"Orders\" (id bigint PRIMARY KEY, note varchar(20), total numeric(10,2))");
            st.execute("INSERT INTO app.\"Orders\" SELECT g, 'n', g FROM generate_series(1, 2000) g");
            st.execute("ANALYZE app.\"Orders\"");
            st.execute("ALTER TABLE app.\"Orders\" ADD CONSTRAINT note_nn CHECK (note IS NOT NULL) NOT VALID");
            st.execute("ALTER TABLE app.\"Orders\" ADD CONSTRAINT total_nn CHECK (total IS NOT NULL)");
            st.execute("CREATE TABLE events (id int) PARTITION BY RANGE (id)");
            var snapshot = JdbcCatalogSnapshot.read(c, List.of(new QualifiedName("app", "Orders"),
                    QualifiedName.of("events"), QualifiedName.of("missing")));
            TableFacts orders = snapshot.table(new QualifiedName("app", "Orders")).orElseThrow();
            assertThat(orders.estimatedRows()).isEqualTo(2000);
            assertThat(orders.totalBytes()).isGreaterThan(8192);
            assertThat(orders.columnTypes()).containsEntry("note", "character varying(20)").containsEntry("total", "numeric(10,2)");
            assertThat(orders.notNullColumns()).containsExactly("id");
            assertThat(orders.notNullCheckedColumns()).as("only the validated check counts").containsExactly("total");
            assertThat(snapshot.table(QualifiedName.of("events")).orElseThrow().partitioned()).isTrue();
            assertThat(snapshot.table(QualifiedName.of("missing"))).isEmpty();
        }
    }

    @PostgresTest
    void aTableNamedTwoWaysIsKnownUnderBothNames(PgDatabase db) throws Exception {
        try (Connection c = db.connect(); var st = c.createStatement()) {
            st.execute("CREATE TABLE orders (id bigint PRIMARY KEY, dropped int, status text, created_at timestamptz)");
            st.execute("ALTER TABLE orders DROP COLUMN dropped");
            st.execute("CREATE TABLE no_columns ()");
            var snapshot = JdbcCatalogSnapshot.read(c, List.of(QualifiedName.of("orders"),
                    new QualifiedName("public", "orders"), QualifiedName.of("no_columns")));
            assertThat(snapshot.table(QualifiedName.of("no_columns")).orElseThrow().columnTypes()).isEmpty();
            for (QualifiedName name : List.of(QualifiedName.of("orders"), new QualifiedName("public", "orders"))) {
                TableFacts orders = snapshot.table(name).orElseThrow();
                assertThat(orders.name()).isEqualTo(new QualifiedName("public", "orders"));
                assertThat(orders.columnTypes().keySet()).as("dropped columns left out").containsExactlyInAnyOrder("id", "status", "created_at");
                assertThat(orders.notNullCheckedColumns()).isEmpty();
            }
        }
    }
}
