package dev.pgsafety.core.rules;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.model.Statement;

/** A rule's catalogue entry; its docs page is checked against it. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

    /** The public id users write in suppressions and configuration. Never renamed. */
    String id();

    /** Severity when configuration says nothing. */
    Severity severity();

    /** Marked (S) in the catalogue: drops from error to warning for a table the catalog says is small. */
    boolean sizeSensitive() default false;

    /**
     * The kinds of statement the rule looks at; empty (the default) for every statement. The analyzer calls the rule
     * for these only, rather than every rule for every statement: most rules look at one kind.
     */
    Class<? extends Statement>[] statements() default {};

    /** One line: what the rule flags. */
    String summary();
}
