package dev.pgsafety.core.model;

import java.util.List;

/**
 * A column type. {@code name} is the canonical spelling ({@code integer}, {@code bigint}, {@code varchar},
 * {@code timestamptz}, {@code numeric}, ...) whatever alias was written; {@code modifiers} are the
 * numbers in parentheses; {@code text} is the type as written.
 */
public record TypeName(String name, List<Integer> modifiers, int arrayDimensions, String text) {

    public TypeName {
        modifiers = List.copyOf(modifiers);
    }

    public boolean isSerial() {
        return name.equals("serial") || name.equals("bigserial") || name.equals("smallserial");
    }

    public boolean isArray() {
        return arrayDimensions > 0;
    }

    /** The first modifier (length or precision), or -1 when none was given. */
    public int firstModifier() {
        return modifiers.isEmpty() ? -1 : modifiers.get(0);
    }

    @Override
    public String toString() {
        return text;
    }
}
