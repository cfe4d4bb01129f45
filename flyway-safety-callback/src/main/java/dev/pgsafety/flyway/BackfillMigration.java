package dev.pgsafety.flyway;

import java.sql.Connection;
import java.util.Map;

import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogFactory;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import dev.pgsafety.core.backfill.Backfill;
import dev.pgsafety.core.backfill.BackfillResult;
import dev.pgsafety.core.backfill.BackfillRunner;
import dev.pgsafety.core.config.ConfigException;
import dev.pgsafety.core.config.SafetySettings;

/**
 * A Java migration that is a batched backfill. Name it like any Java migration ({@code V42__Backfill_total_cents})
 * and say what to do:
 *
 * <pre>{@code
 * public class V42__Backfill_total_cents extends BackfillMigration {
 *     protected Backfill backfill() {
 *         return Backfill.of(QualifiedName.of("orders"), "total_cents = total * 100", "total_cents IS NULL")
 *                 .withMaxRowsPerSecond(20_000);
 *     }
 * }
 * }</pre>
 *
 * It runs outside a transaction, each batch committed on its own, with the {@code flyway.safety.*} timeouts and
 * retries; a rerun after a failure continues where it stopped.
 */
public abstract class BackfillMigration extends BaseJavaMigration {

    private static final Log LOG = LogFactory.getLog(BackfillMigration.class);

    /** The backfill this migration runs. */
    protected abstract Backfill backfill();

    @Override
    public boolean canExecuteInTransaction() {
        return false;
    }

    @Override
    public void migrate(Context context) throws Exception {
        SafetySettings settings;
        try {
            Map<String, String> values = FlywayPostgresSettings.safetyValues(context.getConfiguration());
            settings = SafetySettings.read(values, SafetyConfigurationExtension.PREFIX, "Flyway configuration");
        } catch (ConfigException e) {
            throw new FlywayException("pgsafety configuration error: " + e.getMessage(), CoreErrorCode.CONFIGURATION);
        }
        Connection c = context.getConnection();
        BackfillResult result = new BackfillRunner(settings.runtime(), new FlywayRuntimeLog(LOG)).run(c, backfill(), () -> false);
        if (!result.completed()) {
            throw new FlywayException("pgsafety: backfill of " + backfill().table().sql() + " stopped before the end; run migrate again to continue");
        }
    }
}
