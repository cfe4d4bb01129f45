package dev.pgsafety.core.config;

/** A configuration value pgsafety cannot use; the message names the key, where it came from and what to write. */
public final class ConfigException extends IllegalArgumentException {

    public ConfigException(String message) {
        super(message);
    }
}
