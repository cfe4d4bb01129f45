package dev.pgsafety.cli;

/** A problem with how pgsafety was called or with its input files: one line to stderr, exit code 2. */
public final class UsageException extends Exception {

    public UsageException(String message) {
        super(message, null, false, false);
    }
}
