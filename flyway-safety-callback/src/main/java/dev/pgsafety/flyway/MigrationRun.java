package dev.pgsafety.flyway;

import java.util.List;

import dev.pgsafety.core.analysis.AnalysisResult;
import dev.pgsafety.core.analysis.SqlStatement;
import dev.pgsafety.core.lexer.Lexer;
import dev.pgsafety.core.lexer.Token;
import dev.pgsafety.core.report.MigrationReport;
import dev.pgsafety.core.runtime.SessionTimeouts;

/**
 * One migration while Flyway runs it: its pre-analyzed statements (matched in order to the statements Flyway
 * hands over), whether it runs in a transaction, the session timeouts to restore, and its report.
 */
final class MigrationRun {

    private final AnalysisResult.AnalyzedMigration analyzed;
    private final boolean inTransaction;
    private final SessionTimeouts saved;
    private final MigrationReport report;
    private final long startNanos = System.nanoTime();
    private int cursor;
    private boolean sawStatementEvent;

    MigrationRun(AnalysisResult.AnalyzedMigration analyzed, boolean inTransaction, SessionTimeouts saved, MigrationReport report) {
        this.analyzed = analyzed;
        this.inTransaction = inTransaction;
        this.saved = saved;
        this.report = report;
    }

    boolean inTransaction() {
        return inTransaction;
    }

    SessionTimeouts saved() {
        return saved;
    }

    MigrationReport report() {
        return report;
    }

    long startNanos() {
        return startNanos;
    }

    boolean sawStatementEvent() {
        return sawStatementEvent;
    }

    AnalysisResult.AnalyzedMigration analyzed() {
        return analyzed;
    }

    /**
     * The pre-analyzed statement Flyway is about to run, or null when its text matches none of the remaining ones
     * (then Flyway runs it itself, under the migration's timeouts). Compared by significant tokens, so comments
     * and whitespace Flyway keeps or drops do not matter.
     */
    SqlStatement next(String flywaySql) {
        sawStatementEvent = true;
        if (analyzed == null) {
            return null;
        }
        String wanted = normalized(flywaySql);
        List<SqlStatement> statements = analyzed.statements();
        for (int i = cursor; i < statements.size(); i++) {
            if (normalized(statements.get(i).text()).equals(wanted)) {
                cursor = i + 1;
                return statements.get(i);
            }
        }
        return null;
    }

    private static String normalized(String sql) {
        StringBuilder b = new StringBuilder();
        for (Token t : Lexer.tokenize(sql)) {
            if (t.isSignificant() && !t.isPunctuation(';')) {
                b.append(t.text()).append(' ');
            }
        }
        return b.toString();
    }
}
