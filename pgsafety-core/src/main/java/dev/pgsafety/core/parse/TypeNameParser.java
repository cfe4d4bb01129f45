package dev.pgsafety.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.pgsafety.core.lexer.Token;
import dev.pgsafety.core.lexer.TokenKind;
import dev.pgsafety.core.model.TypeName;

/** Reads a column type and names it canonically, so rules compare {@code int4} and {@code integer} as one. */
final class TypeNameParser {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("integer", "integer"),
            Map.entry("int8", "bigint"), Map.entry("int2", "smallint"),
            Map.entry("serial4", "serial"), Map.entry("serial8", "bigserial"), Map.entry("serial2", "smallserial"),
            Map.entry("float8", "double precision"), Map.entry("float4", "real"),
            Map.entry("decimal", "numeric"), Map.entry("bool", "boolean"),
            Map.entry("character varying", "varchar"), Map.entry("char varying", "varchar"),
            Map.entry("character", "char"), Map.entry("bpchar", "char"),
            Map.entry("bit varying", "varbit"),
            Map.entry("timestamp without time zone", "timestamp"), Map.entry("timestamp with time zone", "timestamptz"),
            Map.entry("time without time zone", "time"), Map.entry("time with time zone", "timetz"));

    private TypeNameParser() {
    }

    static TypeName parse(TokenCursor c) {
        int from = c.position();
        String name = baseName(c);
        List<Integer> modifiers = new ArrayList<>();
        if (c.isPunct('(')) {
            modifiers = modifiers(c);
        }
        name = timeZoneSuffix(c, name);
        if (name.equals("interval")) {
            intervalFields(c);
        }
        int dims = 0;
        while (true) {
            if (c.isPunct('[')) {
                c.next();
                while (!c.acceptPunct(']')) {
                    c.next();
                }
                dims++;
            } else if (c.acceptKeyword("array")) {
                dims++;
                if (c.acceptPunct('[')) {
                    while (!c.acceptPunct(']')) {
                        c.next();
                    }
                }
            } else {
                break;
            }
        }
        String canonical = ALIASES.getOrDefault(name, name);
        return new TypeName(canonical, modifiers, dims, c.written(from, c.position()));
    }

    private static String baseName(TokenCursor c) {
        if (c.acceptKeywords("double", "precision")) {
            return "double precision";
        }
        if (c.isKeyword("character") || c.isKeyword("char") || c.isKeyword("bit") || c.isKeyword("national")) {
            c.acceptKeyword("national");
            String base = c.identifier();
            if (c.acceptKeyword("varying")) {
                return base + " varying";
            }
            return base;
        }
        String first = c.identifier();
        if (c.isPunct('.')) {
            c.next();
            String second = c.identifier();
            // pg_catalog.int4 is int4; any other schema names a user type.
            return first.equals("pg_catalog") ? second : first + "." + second;
        }
        return first;
    }

    private static String timeZoneSuffix(TokenCursor c, String name) {
        if (!name.equals("timestamp") && !name.equals("time")) {
            return name;
        }
        if (c.acceptKeywords("with", "time", "zone")) {
            return name + " with time zone";
        }
        if (c.acceptKeywords("without", "time", "zone")) {
            return name + " without time zone";
        }
        return name;
    }

    private static void intervalFields(TokenCursor c) {
        while (c.acceptAnyKeyword("year", "month", "day", "hour", "minute", "second", "to") != null) {
            if (c.isPunct('(')) {
                c.skipParenthesized();
            }
        }
    }

    private static List<Integer> modifiers(TokenCursor c) {
        List<Integer> mods = new ArrayList<>();
        c.expectPunct('(');
        boolean numeric = true;
        int depth = 1;
        while (depth > 0) {
            Token t = c.next();
            if (t.isPunctuation('(')) {
                depth++;
            } else if (t.isPunctuation(')')) {
                depth--;
            } else if (t.kind() == TokenKind.NUMBER && depth == 1) {
                try {
                    mods.add(Integer.parseInt(t.text()));
                } catch (NumberFormatException e) {
                    numeric = false;
                }
            } else if (!t.isPunctuation(',')) {
                numeric = false;
            }
        }
        return numeric ? mods : List.of();
    }
}
