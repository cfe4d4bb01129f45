package dev.pgsafety.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every rule, in catalogue order. A new rule is added here, with its doc page and fixtures. */
public final class RuleRegistry {

    private static final List<RegisteredRule> ALL = register(
            new CreateIndexNotConcurrent(),
            new DropIndexNotConcurrent(),
            new ReindexNotConcurrent(),
            new ConcurrentlyInTransaction(),
            new EnumValueInTransaction(),
            new AddForeignKeyValidating(),
            new AddCheckValidating(),
            new ValidateInSameTransaction(),
            new AddUniqueConstraint(),
            new AddExclusionConstraint(),
            new SetNotNull(),
            new AddColumnRewriteDefault(),
            new AddColumnSerial(),
            new AddColumnGeneratedStored(),
            new AddColumnRequired(),
            new AlterColumnType(),
            new RenameColumn(),
            new RenameTable(),
            new DropColumn(),
            new DropTable(),
            new DropSchemaOrDatabase(),
            new TruncateTable(),
            new TableRewrite(),
            new RefreshMatviewNotConcurrent(),
            new DetachPartitionNotConcurrent(),
            new AttachPartitionScan(),
            new LockTable(),
            new ExclusiveLockHeld(),
            new MultipleExclusiveLocks(),
            new UnbatchedBackfill(),
            new TransactionControl(),
            new ShortLockTimeoutOnConcurrent(),
            new DisableTrigger(),
            new SystemCatalogWrite(),
            new DynamicSql(),
            new PreferBigint(),
            new PreferTimestamptz(),
            new PreferJsonb(),
            new PreferText(),
            new BackfillInTransaction(),
            new BackfillDirectiveInvalid(),
            new UnparsedStatement(),
            new UnusedSuppression(),
            new SuppressionWithoutReason());

    private static final Map<String, RegisteredRule> BY_ID =
            ALL.stream().collect(Collectors.toUnmodifiableMap(RegisteredRule::id, Function.identity()));

    private RuleRegistry() {
    }

    public static List<RegisteredRule> all() {
        return ALL;
    }

    public static Optional<RegisteredRule> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    private static List<RegisteredRule> register(Rule... rules) {
        List<RegisteredRule> out = new ArrayList<>();
        for (Rule rule : rules) {
            RuleInfo info = rule.getClass().getAnnotation(RuleInfo.class);
            if (info == null) {
                throw new IllegalStateException(rule.getClass() + " has no @RuleInfo");
            }
            out.add(new RegisteredRule(info, rule, info.id(), info.severity(), info.sizeSensitive()));
        }
        return List.copyOf(out);
    }

    /**
     * A rule with its catalogue entry. The entry's values are copied out of the annotation once: reading an
     * annotation goes through a reflective proxy, too slow for every rule on every statement.
     */
    public record RegisteredRule(RuleInfo info, Rule rule, String id, dev.pgsafety.core.analysis.Severity severity,
                                 boolean sizeSensitive) {
    }
}
