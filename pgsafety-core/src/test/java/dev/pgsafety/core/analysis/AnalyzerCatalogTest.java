package dev.pgsafety.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.pgsafety.core.catalog.CatalogSnapshot;
import dev.pgsafety.core.model.QualifiedName;

/** When the analysis of pending migrations reads the catalog: only when it can change the outcome. */
class AnalyzerCatalogTest {

    private final List<Set<QualifiedName>> reads = new ArrayList<>();

    private AnalysisResult analyze(String... scripts) {
        List<MigrationSource> sources = new ArrayList<>();
        for (int i = 0; i < scripts.length; i++) {
            sources.add(MigrationSource.script("V" + (i + 2) + "__change.sql", scripts[i]));
        }
        return new Analyzer(AnalysisOptions.defaults().withPendingRun(true)).analyzeReadingCatalog(sources, tables -> {
            reads.add(tables);
            return CatalogSnapshot.NONE;
        });
    }

    @Test
    void nothingFoundWithoutTheCatalogMeansItIsNotRead() {
        AnalysisResult result = analyze("ALTER TABLE orders ADD CONSTRAINT orders_customer_fkey"
                + " FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;",
                "ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fkey;");
        assertThat(result.findings()).isEmpty();
        assertThat(reads).isEmpty();
    }

    @Test
    void aFindingMeansTheCatalogIsReadOnceForEveryLockedTable() {
        AnalysisResult result = analyze("CREATE INDEX orders_total_idx ON orders (total);",
                "ALTER TABLE customers ADD COLUMN note text;");
        assertThat(result.findings()).isNotEmpty();
        assertThat(reads).containsExactly(Set.of(new QualifiedName(null, "orders"), new QualifiedName(null, "customers")));
    }

    @Test
    void createTableIfNotExistsMeansTheCatalogIsRead() {
        analyze("CREATE TABLE IF NOT EXISTS orders (id bigint PRIMARY KEY, total int);",
                "ALTER TABLE orders ADD COLUMN note text;");
        assertThat(reads).hasSize(1);
    }
}
