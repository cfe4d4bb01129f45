package dev.pgsafety.liquibase.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import liquibase.Scope;
import liquibase.change.Change;
import liquibase.change.ChangeFactory;
import liquibase.change.ChangeParameterMetaData;
import liquibase.database.core.PostgresDatabase;

/** The change types are found by name through Liquibase's service loading, and no other change has their names. */
class ChangeTypesRegistrationTest {

    private static final Map<String, Class<?>> OURS = new TreeMap<>(Map.of(
            "createIndexConcurrently", CreateIndexConcurrentlyChange.class,
            "dropIndexConcurrently", DropIndexConcurrentlyChange.class,
            "addForeignKeyConstraintOnline", AddForeignKeyConstraintOnlineChange.class,
            "addCheckConstraintOnline", AddCheckConstraintOnlineChange.class,
            "validateConstraint", ValidateConstraintChange.class,
            "addNotNullConstraintOnline", AddNotNullConstraintOnlineChange.class,
            "addUniqueConstraintOnline", AddUniqueConstraintOnlineChange.class));

    @Test
    void eachNameBelongsToExactlyOneRegisteredChange() {
        ChangeFactory factory = Scope.getCurrentScope().getSingleton(ChangeFactory.class);
        Map<String, Long> registered = ServiceLoader.load(Change.class).stream()
                .map(p -> factory.getChangeMetaData(p.get()).getName())
                .collect(Collectors.groupingBy(n -> n, Collectors.counting()));
        OURS.forEach((name, type) -> {
            assertThat(registered.get(name)).as(name).isEqualTo(1L);
            assertThat(factory.create(name)).as(name).isInstanceOf(type);
        });
    }

    @Test
    void requiredPropertiesAreDeclared() {
        ChangeFactory factory = Scope.getCurrentScope().getSingleton(ChangeFactory.class);
        PostgresDatabase pg = new PostgresDatabase();
        Map<String, String> required = new TreeMap<>();
        OURS.keySet().forEach(name -> required.put(name, factory.getChangeMetaData(name).getParameters().values().stream()
                .filter(p -> p.isRequiredFor(pg))
                .map(ChangeParameterMetaData::getParameterName)
                .sorted()
                .collect(Collectors.joining(","))));
        assertThat(required).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "addCheckConstraintOnline", "checkCondition,constraintName,tableName",
                "addForeignKeyConstraintOnline",
                "baseColumnNames,baseTableName,constraintName,referencedColumnNames,referencedTableName",
                "addNotNullConstraintOnline", "columnName,tableName",
                "addUniqueConstraintOnline", "columnNames,constraintName,tableName",
                "createIndexConcurrently", "columns,indexName,tableName",
                "dropIndexConcurrently", "indexName",
                "validateConstraint", "constraintName,tableName")));
    }
}
