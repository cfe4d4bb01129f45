package dev.pgsafety.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.pgsafety.core.model.TypeName;

/** {@link StatementParser#parseType}: the catalog's format_type() text read into canonical type names. */
class ParseTypeTest {

    @Test
    void readsFormatTypeSpellings() {
        assertType("character varying(20)", "varchar", List.of(20), 0);
        assertType("character varying", "varchar", List.of(), 0);
        assertType("numeric(10,2)", "numeric", List.of(10, 2), 0);
        assertType("numeric", "numeric", List.of(), 0);
        assertType("bit varying(8)", "varbit", List.of(8), 0);
        assertType("timestamp(3) with time zone", "timestamptz", List.of(3), 0);
        assertType("timestamp without time zone", "timestamp", List.of(), 0);
        assertType("double precision", "double precision", List.of(), 0);
        assertType("integer[]", "integer", List.of(), 1);
        assertType("text", "text", List.of(), 0);
        assertType("cidr", "cidr", List.of(), 0);
        assertType("public.\"Mood\"", "public.Mood", List.of(), 0);
        assertType("pg_catalog.int8", "bigint", List.of(), 0);
    }

    @Test
    void returnsNullInsteadOfThrowing() {
        assertThat(StatementParser.parseType(null)).isNull();
        assertThat(StatementParser.parseType("")).isNull();
        assertThat(StatementParser.parseType("   ")).isNull();
        assertThat(StatementParser.parseType("integer integer")).isNull();
        assertThat(StatementParser.parseType("numeric(10,")).isNull();
        assertThat(StatementParser.parseType("(")).isNull();
        assertThat(StatementParser.parseType("'text'")).isNull();
    }

    private static void assertType(String text, String name, List<Integer> modifiers, int dims) {
        TypeName type = StatementParser.parseType(text);
        assertThat(type).as(text).isNotNull();
        assertThat(type.name()).as(text).isEqualTo(name);
        assertThat(type.modifiers()).as(text).isEqualTo(modifiers);
        assertThat(type.arrayDimensions()).as(text).isEqualTo(dims);
    }
}
