package dev.pgsafety.it.flyway;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Flyway's logging as a list, for tests that check what pgsafety logs: {@code .loggers(RecordingLogCreator.class.getName())}.
 * Flyway instantiates the class itself, hence the shared list.
 */
public final class RecordingLogCreator implements LogCreator {

    static final List<String> INFO = new CopyOnWriteArrayList<>();

    @Override
    public Log createLogger(Class<?> clazz) {
        return new Log() {
            public boolean isDebugEnabled() {
                return false;
            }

            @Override
            public void debug(String message) {
            }

            @Override
            public void info(String message) {
                INFO.add(message);
            }

            @Override
            public void warn(String message) {
            }

            @Override
            public void error(String message) {
            }

            @Override
            public void error(String message, Exception e) {
            }

            @Override
            public void notice(String message) {
            }
        };
    }
}
