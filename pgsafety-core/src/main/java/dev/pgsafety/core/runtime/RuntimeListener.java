package dev.pgsafety.core.runtime;

/** Where the runtime reports what it does; each adapter forwards to its tool's logging. */
public interface RuntimeListener {

    void info(String message);

    void warn(String message);

    RuntimeListener SILENT = new RuntimeListener() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }
    };
}
