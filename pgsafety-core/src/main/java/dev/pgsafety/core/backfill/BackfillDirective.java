package dev.pgsafety.core.backfill;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.pgsafety.core.analysis.SqlStatement;
import dev.pgsafety.core.config.ConfigException;
import dev.pgsafety.core.config.Durations;
import dev.pgsafety.core.lexer.Token;
import dev.pgsafety.core.model.Statement;

/**
 * {@code -- pgsafety:backfill [batch-size=N] [target-batch-time=200ms] [pause=50ms] [max-rows-per-second=N]} right
 * above an {@code UPDATE t SET ... WHERE <rows still to do>} in a migration that runs outside a transaction: the
 * runtime executes it as a batched {@link Backfill} instead of one long UPDATE.
 */
public final class BackfillDirective {

    private static final Pattern DIRECTIVE = Pattern.compile("pgsafety:backfill\\b([^\\n*]*)", Pattern.CASE_INSENSITIVE);

    private BackfillDirective() {
    }

    /** Whether the statement carries the directive (valid or not). */
    public static boolean present(SqlStatement statement) {
        return directive(statement) != null;
    }

    /**
     * The backfill the statement asks for, or empty when it carries no directive.
     *
     * @throws IllegalArgumentException when the directive is there but unusable; the message says what to write
     */
    public static Optional<Backfill> of(SqlStatement statement) {
        String options = directive(statement);
        if (options == null) {
            return Optional.empty();
        }
        if (!(statement.model() instanceof Statement.Update update)) {
            throw new IllegalArgumentException("pgsafety:backfill belongs right above an UPDATE; this is not one");
        }
        if (update.whereText().isEmpty()) {
            throw new IllegalArgumentException("pgsafety:backfill needs a WHERE that selects the rows still to do "
                    + "(e.g. WHERE total_cents IS NULL): it makes the backfill resumable and keeps it from overwriting "
                    + "what the application writes meanwhile");
        }
        if (update.set().isEmpty()) {
            throw new IllegalArgumentException("pgsafety:backfill could not read the UPDATE's SET list");
        }
        Backfill b = Backfill.of(update.table(), update.set().text(), update.whereText().text());
        for (String option : options.trim().split("\\s+")) {
            if (option.isEmpty()) {
                continue;
            }
            int eq = option.indexOf('=');
            String name = eq < 0 ? option : option.substring(0, eq).toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : option.substring(eq + 1);
            try {
                b = switch (name) {
                    case "batch-size" -> b.withBatchSize(Integer.parseInt(value));
                    case "target-batch-time" -> b.withTargetBatchTime(Durations.parse(name, value, "pgsafety:backfill"));
                    case "pause" -> b.withPause(Durations.parse(name, value, "pgsafety:backfill"));
                    case "max-rows-per-second" -> b.withMaxRowsPerSecond(Long.parseLong(value));
                    default -> throw new IllegalArgumentException("unknown option '" + option + "'");
                };
            } catch (NumberFormatException | ConfigException e) {
                throw new IllegalArgumentException("pgsafety:backfill option '" + option + "': " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("pgsafety:backfill: " + e.getMessage() + "; options are batch-size=N, "
                        + "target-batch-time=200ms, pause=50ms, max-rows-per-second=N");
            }
        }
        return Optional.of(b);
    }

    private static String directive(SqlStatement statement) {
        for (Token t : statement.leadingComments()) {
            String text = t.text();
            if (!mayHoldDirective(text)) {
                continue;
            }
            Matcher m = DIRECTIVE.matcher(text);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /**
     * False when {@link #DIRECTIVE} cannot be found in {@code text}: no {@code pgsafety:backfill} in any case around
     * any of its colons. Most comments hold none, and searching each with the regex, several rules per statement,
     * was a visible cost.
     */
    private static boolean mayHoldDirective(String text) {
        String marker = "pgsafety:backfill";
        int colon = marker.indexOf(':');
        for (int i = text.indexOf(':', colon); i >= 0; i = text.indexOf(':', i + 1)) {
            if (text.regionMatches(true, i - colon, marker, 0, marker.length())) {
                return true;
            }
        }
        return false;
    }
}
