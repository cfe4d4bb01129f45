package dev.pgsafety.core.analysis;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.pgsafety.core.analysis.StatementFindings.ActiveRule;
import dev.pgsafety.core.catalog.CatalogSnapshot;
import dev.pgsafety.core.lexer.RawStatement;
import dev.pgsafety.core.lexer.StatementSplitter;
import dev.pgsafety.core.lexer.Token;
import dev.pgsafety.core.model.AlterTableAction;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;
import dev.pgsafety.core.model.TableConstraint;
import dev.pgsafety.core.parse.StatementParser;
import dev.pgsafety.core.rules.RuleRegistry;
import dev.pgsafety.core.rules.RuleRegistry.RegisteredRule;

/**
 * Runs every rule over the statements of a sequence of migrations, in order, carrying schema knowledge from
 * one to the next. Never throws on any SQL input.
 */
public final class Analyzer {

    static final String UNUSED_SUPPRESSION = "unused-suppression";
    static final String SUPPRESSION_WITHOUT_REASON = "suppression-without-reason";
    static final String UNPARSED = "unparsed-statement";

    private final AnalysisOptions options;
    /** The rules not configured OFF, with their configured severity: looked up once, not per statement. */
    private final List<ActiveRule> rules;
    /** Of {@link #rules}, those that look at each class of statement model, in the same order. */
    private final ClassValue<List<ActiveRule>> rulesByKind = new ClassValue<>() {
        @Override
        protected List<ActiveRule> computeValue(Class<?> kind) {
            return rules.stream().filter(r -> r.looksAt(kind)).toList();
        }
    };

    public Analyzer(AnalysisOptions options) {
        this(options, RuleRegistry.all());
    }

    public Analyzer(AnalysisOptions options, List<RegisteredRule> rules) {
        this.options = options;
        for (String id : options.severities().keySet()) {
            if (RuleRegistry.byId(id).isEmpty()) {
                throw new IllegalArgumentException("Unknown rule id '" + id + "' in the severity configuration; "
                        + "rule ids are listed in docs/rules/README.md");
            }
        }
        List<ActiveRule> active = new ArrayList<>();
        for (RegisteredRule rule : rules) {
            Severity configured = options.severities().getOrDefault(rule.id(), rule.severity());
            if (rule.id().equals(UNPARSED) && options.strict()) {
                configured = Severity.ERROR;
            }
            if (configured != Severity.OFF) {
                active.add(new ActiveRule(rule, configured));
            }
        }
        this.rules = List.copyOf(active);
    }

    public AnalysisResult analyze(List<MigrationSource> migrations, CatalogSnapshot catalog) {
        SchemaState schema = new SchemaState();
        List<Finding> findings = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>();
        List<AnalysisResult.AnalyzedMigration> analyzed = new ArrayList<>();
        for (int i = 0; i < migrations.size(); i++) {
            analyzed.add(analyzeMigration(migrations.get(i), i, schema, catalog, findings, suppressed));
        }
        return new AnalysisResult(findings, suppressed, analyzed);
    }

    public AnalysisResult analyze(List<MigrationSource> migrations) {
        return analyze(migrations, CatalogSnapshot.NONE);
    }

    /** Reads the catalog for the tables the migrations lock; an adapter reads it from its connection. */
    @FunctionalInterface
    public interface CatalogReader {
        CatalogSnapshot read(Set<QualifiedName> tables);
    }

    /**
     * The analysis of pending migrations before they run: a first pass without the catalog names the tables, the
     * catalog is read once for all of them, and the analysis runs again with it; unless the catalog cannot change
     * the outcome, and then it is not read.
     */
    public AnalysisResult analyzeReadingCatalog(List<MigrationSource> migrations, CatalogReader reader) {
        AnalysisResult first = analyze(migrations);
        return catalogMayChange(first) ? analyze(migrations, reader.read(lockedTables(first))) : first;
    }

    /**
     * Without the catalog every existing table counts as large and column facts are unknown, so the catalog can
     * only take findings away (a small table, a column already NOT NULL), with one exception: a table that an
     * earlier pending migration creates with IF NOT EXISTS, which the catalog may show to exist already.
     */
    static boolean catalogMayChange(AnalysisResult first) {
        if (!first.findings().isEmpty() || !first.suppressed().isEmpty()) {
            return true;
        }
        return first.migrations().stream().flatMap(m -> m.statements().stream())
                .anyMatch(s -> s.model() instanceof Statement.CreateTable t && t.ifNotExists());
    }

    private static Set<QualifiedName> lockedTables(AnalysisResult result) {
        Set<QualifiedName> tables = new LinkedHashSet<>();
        for (AnalysisResult.AnalyzedMigration m : result.migrations()) {
            for (SqlStatement s : m.statements()) {
                tables.addAll(Locks.lockedRelations(s.model()));
            }
        }
        return tables;
    }

    private AnalysisResult.AnalyzedMigration analyzeMigration(MigrationSource migration, int index, SchemaState schema,
                                                              CatalogSnapshot catalog, List<Finding> findings,
                                                              List<Finding> suppressedOut) {
        StatementSplitter.SplitResult split = StatementSplitter.split(migration.sql());
        List<SqlStatement> statements = new ArrayList<>();
        List<Token> allComments = new ArrayList<>();
        for (RawStatement raw : split.statements()) {
            statements.add(parse(raw, migration.lineBase()));
            allComments.addAll(raw.leadingComments());
            for (Token t : raw.tokens()) {
                if (t.isComment()) {
                    allComments.add(t);
                }
            }
        }
        // Comments after the last statement can still hold file-wide suppressions.
        allComments.addAll(trailingComments(migration.sql(), split));

        boolean transactional = switch (migration.mode()) {
            case TRANSACTIONAL -> true;
            case NON_TRANSACTIONAL -> false;
            case AUTO -> statements.isEmpty()
                    || !statements.stream().allMatch(s -> options.autoTransactionRule().runsOutsideTransaction(s.model(), options.pgMajor()));
        };

        // Each comment is parsed once: statements' leading comments are looked up here again below.
        Map<Token, Suppression> parsedComments = new IdentityHashMap<>();
        List<Suppression> fileSuppressions = new ArrayList<>();
        for (Token comment : allComments) {
            Suppression s = Suppression.parse(comment, migration.lineBase());
            parsedComments.put(comment, s);
            if (s != null && s.fileWide()) {
                fileSuppressions.add(s);
            }
        }
        List<Suppression> allSuppressions = new ArrayList<>(fileSuppressions);
        TransactionState tx = new TransactionState(transactional);
        String lockTimeout = null;
        EarlierStatements earlier = new EarlierStatements();
        List<Finding> migrationFindings = new ArrayList<>();

        for (SqlStatement statement : statements) {
            List<Suppression> local = localSuppressions(statement.leadingComments(), parsedComments, migration.lineBase());
            allSuppressions.addAll(local);
            List<SqlStatement> units = new ArrayList<>();
            units.add(statement);
            if (statement.model() instanceof Statement.DoBlock doBlock && doBlock.language().equals("plpgsql")
                    && doBlock.bodyOffset() >= 0) {
                int[] pos = Positions.advance(statement.text(), doBlock.bodyOffset(), statement.line(), statement.column());
                units.addAll(DoBlockStatements.extract(doBlock.body(), pos[0], pos[1]));
            }
            for (SqlStatement unit : units) {
                List<Suppression> unitSuppressions = unit == statement ? local : concat(local,
                        Suppression.parseAll(unit.leadingComments(), migration.lineBase()));
                if (unit != statement) {
                    allSuppressions.addAll(unitSuppressions.subList(local.size(), unitSuppressions.size()));
                }
                StatementContext context = new StatementContext(unit, migration, index, earlier, schema, tx,
                        options, catalog, lockTimeout);
                new StatementFindings(context, options, unitSuppressions, fileSuppressions, migrationFindings,
                        suppressedOut).run(rulesByKind.get(unit.model().getClass()));
                lockTimeout = afterStatement(unit.model(), context, schema, tx, index, lockTimeout);
                earlier.add(unit);
            }
            tx.statementCommitted();
        }
        reportSuppressionProblems(migration, allSuppressions, migrationFindings);
        migrationFindings.sort(java.util.Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column));
        findings.addAll(migrationFindings);
        return new AnalysisResult.AnalyzedMigration(migration, transactional, statements);
    }

    /** Comment tokens of the text after the last statement, with lines as in the whole input. */
    private static List<Token> trailingComments(String sql, StatementSplitter.SplitResult split) {
        String trailing = split.trailing();
        if (trailing.isEmpty()) {
            return List.of();
        }
        int[] start = trailingStart(sql, split);
        List<Token> out = new ArrayList<>();
        for (Token t : dev.pgsafety.core.lexer.Lexer.tokenize(trailing)) {
            if (t.isComment()) {
                int line = start[0] + t.line() - 1;
                int column = t.line() == 1 ? start[1] + t.column() - 1 : t.column();
                out.add(new Token(t.kind(), t.text(), t.start(), t.end(), line, column, t.terminated()));
            }
        }
        return out;
    }

    /**
     * The {line, column} where the trailing text starts, counted from the last statement's last token rather than
     * from the start of the input (which walked every file twice).
     */
    private static int[] trailingStart(String sql, StatementSplitter.SplitResult split) {
        int offset = sql.length() - split.trailing().length();
        if (split.statements().isEmpty()) {
            return Positions.advance(sql, offset, 1, 1);
        }
        List<Token> tokens = split.statements().get(split.statements().size() - 1).tokens();
        Token last = tokens.get(tokens.size() - 1);
        // The lexer does not count a byte order mark as a column; Positions, counting from offset 0, did.
        int column = last.line() == 1 && sql.charAt(0) == '\uFEFF' ? last.column() + 1 : last.column();
        return Positions.advance(sql, last.start(), offset, last.line(), column);
    }

    /** The statement-level suppressions among {@code comments}, reusing what {@code parsed} already holds. */
    private static List<Suppression> localSuppressions(List<Token> comments, Map<Token, Suppression> parsed,
                                                       int lineBase) {
        if (comments.isEmpty()) {
            return List.of();
        }
        List<Suppression> out = new ArrayList<>();
        for (Token comment : comments) {
            Suppression s = parsed.containsKey(comment) ? parsed.get(comment) : Suppression.parse(comment, lineBase);
            if (s != null && !s.fileWide()) {
                out.add(s);
            }
        }
        return out;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static SqlStatement parse(RawStatement raw, int lineBase) {
        Statement model = StatementParser.parse(raw.significantTokens(), raw.text(), raw.start());
        return new SqlStatement(model, raw.text(), raw.line() + lineBase - 1, raw.column(), raw.leadingComments(), false);
    }

    private String afterStatement(Statement model, StatementContext context, SchemaState schema,
                                  TransactionState tx, int index, String lockTimeout) {
        if (model instanceof Statement.TransactionControl tc && !tx.migrationTransactional()) {
            switch (tc.kind()) {
                case BEGIN -> tx.beginExplicit();
                case COMMIT, ROLLBACK, PREPARE_TRANSACTION -> tx.endExplicit();
                default -> {
                }
            }
        }
        for (QualifiedName table : Locks.accessExclusiveTables(model, schema)) {
            if (context.isExistingTable(table)) {
                tx.tookAccessExclusive(table, EarlierStatements.start(context.sql().text()));
            }
        }
        if (model instanceof Statement.AlterTable at) {
            for (AlterTableAction action : at.actions()) {
                if (action instanceof AlterTableAction.AddConstraint ac && ac.constraint().notValid()) {
                    tx.addedNotValidConstraint(at.table(), constraintName(at.table(), ac.constraint()));
                }
            }
        }
        if (model instanceof Statement.SetVariable set && set.name().equals("lock_timeout")) {
            lockTimeout = set.value();
        } else if (model instanceof Statement.ResetVariable reset
                && (reset.name().equals("lock_timeout") || reset.name().equals("all"))) {
            lockTimeout = null;
        }
        schema.apply(model, index);
        return lockTimeout;
    }

    /** The constraint's name as PostgreSQL will know it. */
    public static String constraintName(QualifiedName table, TableConstraint constraint) {
        if (constraint.name() != null) {
            return constraint.name();
        }
        if (constraint instanceof TableConstraint.ForeignKey fk) {
            return ConstraintNames.foreignKey(table.name(), fk.columns());
        }
        if (constraint instanceof TableConstraint.Check check) {
            return ConstraintNames.check(table.name(), SchemaState.notNullCheckColumn(check.expression()).orElse(null));
        }
        if (constraint instanceof TableConstraint.NotNull nn) {
            return ConstraintNames.notNull(table.name(), nn.column());
        }
        if (constraint instanceof TableConstraint.Unique u) {
            return u.primaryKey() ? ConstraintNames.primaryKey(table.name()) : ConstraintNames.unique(table.name(), u.columns());
        }
        return table.name() + "_excl";
    }

    private void reportSuppressionProblems(MigrationSource migration, List<Suppression> suppressions, List<Finding> out) {
        for (Suppression s : suppressions) {
            String comment = (s.fileWide() ? "-- pgsafety:allow-file " : "-- pgsafety:allow ") + String.join(", ", s.rules());
            if (!s.hasReason()) {
                Severity severity = options.severities().getOrDefault(SUPPRESSION_WITHOUT_REASON, Severity.ERROR);
                if (severity != Severity.OFF) {
                    out.add(new Finding(SUPPRESSION_WITHOUT_REASON, severity, migration.name(), s.line(), s.column(),
                            comment, "This suppression has no reason, so it suppresses nothing. Say why the statement is "
                            + "safe here, so the next reader knows what was checked.",
                            comment + " reason: <why this is safe here>", ""));
                }
                continue;
            }
            if (s.used()) {
                continue;
            }
            Severity severity = options.severities().getOrDefault(UNUSED_SUPPRESSION, Severity.WARNING);
            if (severity == Severity.OFF) {
                continue;
            }
            List<String> unknown = s.rules().stream().filter(r -> RuleRegistry.byId(r).isEmpty()).toList();
            String message = unknown.isEmpty()
                    ? "This suppression suppresses nothing: " + (s.fileWide() ? "no statement in the file" : "the statement after it")
                      + " does not trigger " + String.join(", ", s.rules()) + ". Remove it, so it cannot hide a future problem."
                    : "This suppression names unknown rule id(s) " + String.join(", ", unknown)
                      + "; rule ids are listed in docs/rules/README.md.";
            out.add(new Finding(UNUSED_SUPPRESSION, severity, migration.name(), s.line(), s.column(), comment, message, "",
                    ""));
        }
    }

    /** Exposed for configuration checks: every id a severity may be given for. */
    public static Map<String, Severity> defaultSeverities() {
        Map<String, Severity> out = new java.util.TreeMap<>();
        for (RegisteredRule r : RuleRegistry.all()) {
            out.put(r.id(), r.severity());
        }
        return out;
    }
}
