package dev.pgsafety.core.analysis;

import java.util.List;

import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;
import dev.pgsafety.core.rules.RuleInfo;
import dev.pgsafety.core.rules.RuleRegistry.RegisteredRule;
import dev.pgsafety.core.rules.Violations;

/**
 * Runs the rules over one statement and turns what they report into findings: severity after size awareness,
 * location, and suppression by the statement's or the file's suppression comments. One object per statement
 * that all rules report to, rather than a capturing lambda per rule and statement.
 */
final class StatementFindings implements Violations {

    /**
     * A rule that runs, with what its findings share: the severity configured for it and its suppression line.
     * Resolved once per analyzer, not per statement.
     */
    record ActiveRule(RegisteredRule rule, Severity severity, String suppression) {

        ActiveRule(RegisteredRule rule, Severity severity) {
            this(rule, severity, Suppression.lineFor(rule.id()));
        }

        /** Whether the rule looks at statements of class {@code kind} ({@link RuleInfo#statements()}). */
        boolean looksAt(Class<?> kind) {
            Class<? extends Statement>[] kinds = rule.info() == null ? null : rule.info().statements();
            if (kinds == null || kinds.length == 0) {
                return true;
            }
            for (Class<? extends Statement> k : kinds) {
                if (k.isAssignableFrom(kind)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final StatementContext context;
    private final AnalysisOptions options;
    private final List<Suppression> local;
    private final List<Suppression> fileWide;
    private final List<Finding> out;
    private final List<Finding> suppressedOut;
    /** The rule running now. */
    private ActiveRule rule;

    StatementFindings(StatementContext context, AnalysisOptions options, List<Suppression> local,
                      List<Suppression> fileWide, List<Finding> out, List<Finding> suppressedOut) {
        this.context = context;
        this.options = options;
        this.local = local;
        this.fileWide = fileWide;
        this.out = out;
        this.suppressedOut = suppressedOut;
    }

    /** Runs {@code rules} in order; their findings go to the lists this was made with. */
    void run(List<ActiveRule> rules) {
        for (ActiveRule r : rules) {
            rule = r;
            r.rule().rule().check(context, this);
        }
        rule = null;
    }

    @Override
    public void add(QualifiedName table, String message, String fix) {
        RegisteredRule registered = rule.rule();
        Severity severity = rule.severity();
        String why = message;
        if (registered.sizeSensitive() && severity == Severity.ERROR && table != null) {
            var facts = context.tableFacts(table);
            if (facts.isPresent() && options.smallTable().isSmall(facts.get().estimatedRows(), facts.get().totalBytes())) {
                severity = Severity.WARNING;
                why = message + " (Warning only: " + table.sql() + " is small, about "
                        + facts.get().estimatedRows() + " rows.)";
            }
        }
        SqlStatement sql = context.sql();
        Finding finding = new Finding(registered.id(), severity, context.migration().name(), sql.line(), sql.column(),
                sql.text(), why, fix, rule.suppression());
        Suppression by = find(local, registered.id());
        if (by == null) {
            by = find(fileWide, registered.id());
        }
        if (by != null) {
            by.markUsed();
            suppressedOut.add(finding);
        } else {
            out.add(finding);
        }
    }

    private static Suppression find(List<Suppression> suppressions, String rule) {
        for (Suppression s : suppressions) {
            if (s.covers(rule)) {
                return s;
            }
        }
        return null;
    }
}
