package dev.pgsafety.liquibase.backfill;

import java.time.Duration;

import liquibase.change.AbstractChange;
import liquibase.change.ChangeMetaData;
import liquibase.change.DatabaseChange;
import liquibase.change.DatabaseChangeProperty;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.statement.SqlStatement;

import dev.pgsafety.core.backfill.Backfill;
import dev.pgsafety.core.config.ConfigException;
import dev.pgsafety.core.config.Durations;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.liquibase.LiquibaseSources;

/**
 * {@code <pgsafety:backfill tableName="orders" set="total_cents = total * 100" where="total_cents IS NULL"/>}: a batched,
 * resumable, throttled backfill in a {@code runInTransaction="false"} changeset. {@code set} and {@code where} are SQL
 * by design (like core's update change); names are quoted the way PostgreSQL needs.
 */
@DatabaseChange(name = "backfill", description = "Batched, resumable backfill (pgsafety): UPDATE in keyset batches, "
        + "one short transaction each", priority = ChangeMetaData.PRIORITY_DEFAULT, appliesTo = "table")
public class BackfillChange extends AbstractChange {

    private String schemaName;
    private String tableName;
    private String set;
    private String where;
    private Integer batchSize;
    private String targetBatchTime;
    private String pause;
    private Long maxRowsPerSecond;

    @Override
    public boolean supports(Database database) {
        return LiquibaseSources.isPostgres(database);
    }

    @Override
    public ValidationErrors validate(Database database) {
        ValidationErrors errors = new ValidationErrors();
        if (!LiquibaseSources.isPostgres(database)) {
            errors.addError("backfill (pgsafety) is for PostgreSQL only");
            return errors;
        }
        try {
            toBackfill();
        } catch (IllegalArgumentException e) {
            errors.addError(e.getMessage());
        }
        return errors;
    }

    /** The first missing required attribute, as the error to show, or null. */
    private String missing() {
        if (tableName == null || tableName.isBlank()) {
            return "backfill: tableName is required";
        }
        if (set == null || set.isBlank()) {
            return "backfill: set is required, e.g. set=\"total_cents = total * 100\"";
        }
        if (where == null || where.isBlank()) {
            return "backfill: where is required: it selects the rows still to do (e.g. where=\"total_cents IS NULL\"),"
                    + " which makes the backfill resumable and keeps it from overwriting what the application writes meanwhile";
        }
        return null;
    }

    Backfill toBackfill() {
        String missing = missing();
        if (missing != null) {
            throw new IllegalArgumentException(missing);
        }
        Backfill b = Backfill.of(new QualifiedName(schemaName, tableName), set, where);
        if (batchSize != null) {
            b = b.withBatchSize(batchSize);
        }
        if (targetBatchTime != null) {
            b = b.withTargetBatchTime(duration("targetBatchTime", targetBatchTime));
        }
        if (pause != null) {
            b = b.withPause(duration("pause", pause));
        }
        if (maxRowsPerSecond != null) {
            b = b.withMaxRowsPerSecond(maxRowsPerSecond);
        }
        return b;
    }

    private static Duration duration(String name, String value) {
        try {
            return Durations.parse(name, value, "backfill change");
        } catch (ConfigException e) {
            throw new IllegalArgumentException("backfill: " + e.getMessage(), e);
        }
    }

    @Override
    public SqlStatement[] generateStatements(Database database) {
        StringBuilder directive = new StringBuilder("-- pgsafety:backfill");
        if (batchSize != null) {
            directive.append(" batch-size=").append(batchSize);
        }
        if (targetBatchTime != null) {
            directive.append(" target-batch-time=").append(targetBatchTime);
        }
        if (pause != null) {
            directive.append(" pause=").append(pause);
        }
        if (maxRowsPerSecond != null) {
            directive.append(" max-rows-per-second=").append(maxRowsPerSecond);
        }
        return new SqlStatement[] {new BackfillStatement(toBackfill(), directive.toString())};
    }

    @Override
    public String getConfirmationMessage() {
        return "Backfilled " + (schemaName == null ? "" : schemaName + ".") + tableName + " in batches";
    }

    @Override
    public String getSerializedObjectNamespace() {
        return dev.pgsafety.liquibase.change.PgSafetyXml.NAMESPACE;
    }

    @DatabaseChangeProperty(description = "Schema of the table")
    public String getSchemaName() {
        return schemaName;
    }

    public void setSchemaName(String schemaName) {
        this.schemaName = schemaName;
    }

    @DatabaseChangeProperty(description = "Table to backfill")
    public String getTableName() {
        return tableName;
    }

    public void setTableName(String tableName) {
        this.tableName = tableName;
    }

    @DatabaseChangeProperty(description = "SET list (SQL), e.g. total_cents = total * 100")
    public String getSet() {
        return set;
    }

    public void setSet(String set) {
        this.set = set;
    }

    @DatabaseChangeProperty(description = "Rows still to do (SQL), e.g. total_cents IS NULL")
    public String getWhere() {
        return where;
    }

    public void setWhere(String where) {
        this.where = where;
    }

    @DatabaseChangeProperty(description = "Fixed rows per batch (default: adapted to about 200 ms a batch)")
    public Integer getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(Integer batchSize) {
        this.batchSize = batchSize;
    }

    @DatabaseChangeProperty(description = "Adapt the batch size so a batch takes about this long, e.g. 200ms")
    public String getTargetBatchTime() {
        return targetBatchTime;
    }

    public void setTargetBatchTime(String targetBatchTime) {
        this.targetBatchTime = targetBatchTime;
    }

    @DatabaseChangeProperty(description = "Pause between batches, e.g. 50ms")
    public String getPause() {
        return pause;
    }

    public void setPause(String pause) {
        this.pause = pause;
    }

    @DatabaseChangeProperty(description = "Rate cap in rows per second")
    public Long getMaxRowsPerSecond() {
        return maxRowsPerSecond;
    }

    public void setMaxRowsPerSecond(Long maxRowsPerSecond) {
        this.maxRowsPerSecond = maxRowsPerSecond;
    }
}
