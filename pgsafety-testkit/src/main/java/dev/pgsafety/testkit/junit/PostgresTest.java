package dev.pgsafety.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test once per selected PostgreSQL major ({@code -Dpg.majors}, default all supported), each time
 * with a fresh, empty database on a real server of that major: declare a {@link PgDatabase} parameter.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@TestTemplate
@ExtendWith(PostgresExtension.class)
public @interface PostgresTest {

    /** Lowest major the behaviour under test exists on (e.g. 12 for REINDEX CONCURRENTLY); lower ones do not run. */
    int min() default 11;

    /** Highest major to run on. */
    int max() default 99;

    /** Run on one major only, the newest selected one within min..max (for tests about something other than the server). */
    boolean newestOnly() default false;
}
