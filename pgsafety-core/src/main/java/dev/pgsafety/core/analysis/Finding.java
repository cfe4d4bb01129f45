package dev.pgsafety.core.analysis;

/**
 * One problem found in a migration.
 *
 * @param rule        the rule id from the catalogue (a public contract)
 * @param severity    after configuration, size awareness and strict mode were applied
 * @param source      the migration's name as the user knows it (a path, "changelog.xml::id::author")
 * @param line        1-based line of the statement (or of the comment, for suppression findings)
 * @param column      1-based column
 * @param statement   the statement text as written
 * @param message     what is dangerous and why: the lock taken and what it blocks
 * @param fix         the safe SQL (or steps) to use instead, written for this statement; may be empty
 * @param suppression the comment line that would suppress this finding, to paste above the statement
 */
public record Finding(String rule, Severity severity, String source, int line, int column, String statement,
                      String message, String fix, String suppression) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
