package dev.pgsafety.core.rules;

import java.util.ArrayList;
import java.util.List;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.analysis.TableState;
import dev.pgsafety.core.lexer.Lexer;
import dev.pgsafety.core.lexer.Token;
import dev.pgsafety.core.model.AlterTableAction;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.SqlText;
import dev.pgsafety.core.model.Statement;

@RuleInfo(id = "attach-partition-scan", severity = Severity.WARNING,
        statements = Statement.AlterTable.class,
        summary = "ATTACH PARTITION without a validated CHECK known to imply the partition bound")
public final class AttachPartitionScan implements Rule {

    private static final String KEY = "<partition key>";

    @Override
    public void check(StatementContext context, Violations out) {
        if (!(context.statement() instanceof Statement.AlterTable at)) {
            return;
        }
        QualifiedName parent = at.table();
        for (AlterTableAction action : at.actions()) {
            if (!(action instanceof AlterTableAction.AttachPartition attach)) {
                continue;
            }
            QualifiedName partition = attach.partition();
            if (!context.isExistingTable(partition) || hasValidatedCheck(context, partition)) {
                continue; // new and empty, or (we assume) a CHECK that proves the bound: no scan
            }
            String parentLock = context.pgMajor() >= 12 ? "SHARE UPDATE EXCLUSIVE on " + parent.sql()
                    + " (reads and writes of the other partitions go on)"
                    : "ACCESS EXCLUSIVE on " + parent.sql() + " too (PostgreSQL " + context.pgMajor()
                    + ": every read and write of every partition waits)";
            String message = "ATTACH PARTITION " + partition.sql() + " scans every row of " + partition.sql()
                    + " to check that it fits the partition bound, holding an ACCESS EXCLUSIVE lock on it (every read"
                    + " and write of it waits for the whole scan) and " + parentLock + ". If the partitioned table has"
                    + " a DEFAULT partition, that one is scanned under ACCESS EXCLUSIVE as well. No validated CHECK"
                    + " constraint is known on " + partition.sql() + " that would let PostgreSQL skip the scan: add one"
                    + " that matches the bound NOT VALID, validate it separately (SHARE UPDATE EXCLUSIVE: reads and"
                    + " writes go on), then attach.";
            String name = shortened(partition.name() + "_partition_bound");
            String fix = FixText.MIGRATION_1 + "\n"
                    + "ALTER TABLE " + partition.sql() + " ADD CONSTRAINT " + FixText.ident(name) + " CHECK ("
                    + checkFor(attach.bound()) + ") NOT VALID;\n"
                    + FixText.MIGRATION_2 + "\n"
                    + FixText.validate(partition, name) + "\n"
                    + "-- migration 3 (no scan: PostgreSQL proves the bound from the validated CHECK):\n"
                    + FixText.statement(context.sql().text()) + "\n"
                    + "ALTER TABLE " + partition.sql() + " DROP CONSTRAINT " + FixText.ident(name) + ";";
            out.add(partition, message, fix);
        }
    }

    /** Any validated CHECK other than a NOT NULL one: we cannot prove statically that it implies the bound. */
    private static boolean hasValidatedCheck(StatementContext context, QualifiedName table) {
        return context.table(table).map(t -> t.constraints().stream().anyMatch(AttachPartitionScan::matchingCheck))
                .orElse(false);
    }

    private static boolean matchingCheck(TableState.ConstraintState c) {
        return c.kind().equals("check") && c.validated() && c.notNullColumn() == null;
    }

    /** A CHECK expression equivalent to a simple one-column bound, with the key as a placeholder. */
    static String checkFor(SqlText bound) {
        try {
            String simple = simpleCheck(bound);
            if (simple != null) {
                return simple;
            }
        } catch (RuntimeException e) {
            // fall through to the generic placeholder: a fix must never take the analysis down
        }
        String written = bound.text().strip();
        return "<an expression that holds exactly for the rows allowed by "
                + (written.isEmpty() ? "the partition bound" : written) + ">";
    }

    private static String simpleCheck(SqlText bound) {
        List<Token> tokens = Lexer.tokenize(bound.text()).stream().filter(Token::isSignificant).toList();
        if (tokens.size() > 3 && tokens.get(0).isKeyword("for") && tokens.get(1).isKeyword("values")) {
            if (tokens.get(2).isKeyword("from")) {
                int[] from = group(tokens, 3);
                if (from != null && from[1] + 1 < tokens.size() && tokens.get(from[1] + 1).isKeyword("to")) {
                    int[] to = group(tokens, from[1] + 2);
                    String low = single(bound.text(), tokens, from);
                    String high = single(bound.text(), tokens, to);
                    if (low != null && high != null) {
                        return KEY + " IS NOT NULL AND " + KEY + " >= " + low + " AND " + KEY + " < " + high;
                    }
                }
            } else if (tokens.get(2).isKeyword("in")) {
                int[] in = group(tokens, 3);
                if (in != null && in[1] > in[0] + 1 && tokens.subList(in[0], in[1]).stream().noneMatch(t -> t.isKeyword("null"))) {
                    String list = bound.text().substring(tokens.get(in[0] + 1).start(), tokens.get(in[1] - 1).end());
                    return KEY + " IS NOT NULL AND " + KEY + " IN (" + list + ")";
                }
            }
        }
        return null;
    }

    /** {open, close} token indexes of the parenthesized group starting at {@code i}, or null. */
    private static int[] group(List<Token> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).isPunctuation('(')) {
            return null;
        }
        int depth = 0;
        for (int j = i; j < tokens.size(); j++) {
            if (tokens.get(j).isPunctuation('(')) {
                depth++;
            } else if (tokens.get(j).isPunctuation(')') && --depth == 0) {
                return new int[] {i, j};
            }
        }
        return null;
    }

    /** The text of a one-value group, or null for several values, MINVALUE or MAXVALUE. */
    private static String single(String text, List<Token> tokens, int[] group) {
        if (group == null || group[1] <= group[0] + 1) {
            return null;
        }
        List<Token> inner = new ArrayList<>(tokens.subList(group[0] + 1, group[1]));
        int depth = 0;
        for (Token t : inner) {
            if (t.isPunctuation('(')) {
                depth++;
            } else if (t.isPunctuation(')')) {
                depth--;
            } else if (depth == 0 && (t.isPunctuation(',') || t.isKeyword("minvalue") || t.isKeyword("maxvalue"))) {
                return null;
            }
        }
        return text.substring(inner.get(0).start(), inner.get(inner.size() - 1).end());
    }

    private static String shortened(String name) {
        return name.length() <= 63 ? name : name.substring(0, 47) + "_partition_bound";
    }
}
