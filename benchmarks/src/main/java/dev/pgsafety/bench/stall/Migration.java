package dev.pgsafety.bench.stall;

import java.util.List;

/**
 * What a variant applies: Flyway scripts (file name to SQL; a script named in {@code nonTransactional} gets a
 * {@code .sql.conf} with {@code executeInTransaction=false}) or Liquibase changeSets (XML, pgsafety's namespace
 * bound to the prefix {@code pg}).
 */
public record Migration(List<Script> scripts, List<String> changeSets) {

    public record Script(String name, String sql, boolean nonTransactional) {
    }

    public static Migration flyway(Script... scripts) {
        return new Migration(List.of(scripts), List.of());
    }

    public static Migration liquibase(String... changeSets) {
        return new Migration(List.of(), List.of(changeSets));
    }

    public static Script script(String name, String sql) {
        return new Script(name, sql, false);
    }

    public static Script nonTransactional(String name, String sql) {
        return new Script(name, sql, true);
    }
}
