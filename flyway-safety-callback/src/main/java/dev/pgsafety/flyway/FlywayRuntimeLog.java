package dev.pgsafety.flyway;

import org.flywaydb.core.api.logging.Log;

import dev.pgsafety.core.runtime.RuntimeListener;

/** The runtime's messages through Flyway's logging. */
record FlywayRuntimeLog(Log log) implements RuntimeListener {

    @Override
    public void info(String message) {
        log.info("pgsafety: " + message);
    }

    @Override
    public void warn(String message) {
        log.warn("pgsafety: " + message);
    }
}
