package dev.pgsafety.core.rules;

import java.util.Map;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.model.Statement;

@RuleInfo(id = "system-catalog-write", severity = Severity.ERROR,
        statements = {Statement.Insert.class, Statement.Update.class, Statement.Delete.class},
        summary = "INSERT/UPDATE/DELETE on a pg_catalog table")
public final class SystemCatalogWrite implements Rule {

    /** The DDL that changes what a direct write to each catalog would. */
    private static final Map<String, String> DDL = Map.ofEntries(
            Map.entry("pg_class", "ALTER TABLE / ALTER INDEX / ALTER SEQUENCE ... (RENAME, SET SCHEMA, OWNER TO, SET (...))"),
            Map.entry("pg_attribute", "ALTER TABLE ... ALTER COLUMN (SET/DROP NOT NULL, TYPE, SET STATISTICS), RENAME COLUMN"),
            Map.entry("pg_attrdef", "ALTER TABLE ... ALTER COLUMN ... SET DEFAULT / DROP DEFAULT"),
            Map.entry("pg_constraint", "ALTER TABLE ... ADD CONSTRAINT ... NOT VALID, VALIDATE CONSTRAINT, DROP CONSTRAINT"),
            Map.entry("pg_index", "CREATE INDEX CONCURRENTLY, REINDEX ... CONCURRENTLY, DROP INDEX CONCURRENTLY"),
            Map.entry("pg_trigger", "ALTER TABLE ... ENABLE/DISABLE TRIGGER, CREATE/DROP TRIGGER"),
            Map.entry("pg_type", "ALTER TYPE / ALTER DOMAIN"),
            Map.entry("pg_enum", "ALTER TYPE ... ADD VALUE / RENAME VALUE (removing a value: a new type)"),
            Map.entry("pg_proc", "CREATE OR REPLACE FUNCTION, ALTER FUNCTION"),
            Map.entry("pg_namespace", "ALTER SCHEMA"),
            Map.entry("pg_database", "ALTER DATABASE"),
            Map.entry("pg_authid", "ALTER ROLE"),
            Map.entry("pg_auth_members", "GRANT / REVOKE role membership"),
            Map.entry("pg_description", "COMMENT ON"),
            Map.entry("pg_sequence", "ALTER SEQUENCE, setval()"),
            Map.entry("pg_extension", "ALTER EXTENSION"),
            Map.entry("pg_default_acl", "ALTER DEFAULT PRIVILEGES"));

    @Override
    public void check(StatementContext context, Violations out) {
        Statement statement = context.statement();
        QualifiedName target;
        String kind;
        if (statement instanceof Statement.Insert in) {
            target = in.table();
            kind = "INSERT into";
        } else if (statement instanceof Statement.Update up) {
            target = up.table();
            kind = "UPDATE of";
        } else if (statement instanceof Statement.Delete del) {
            target = del.table();
            kind = "DELETE from";
        } else {
            return;
        }
        if (!isCatalog(target)) {
            return;
        }
        String catalog = target.name();
        QualifiedName qualified = new QualifiedName("pg_catalog", catalog);
        String message = kind + " " + qualified.sql() + " writes the system catalog directly: it needs superuser, takes"
                + " none of the locks the equivalent DDL takes (sessions using the changed objects see the change"
                + " half-applied), skips every check PostgreSQL makes, and a wrong row can corrupt the database beyond"
                + " what a rollback of the migration repairs.";
        String ddl = DDL.get(catalog);
        String fix = "-- Use the DDL that makes this change"
                + (ddl == null ? "" : ": " + ddl) + ".\n"
                + "-- If no DDL can do it, do it by hand, deliberately, after a backup, not in a migration.\n";
        out.add(qualified, message, fix);
    }

    /**
     * pg_catalog itself, or an unqualified pg_ name: pg_catalog comes first in every search path unless listed
     * later explicitly. pg_settings is a view whose UPDATE is the documented equivalent of set_config().
     */
    private static boolean isCatalog(QualifiedName table) {
        if (table.name().equals("pg_settings")) {
            return false;
        }
        if (table.schema() != null) {
            return table.schema().equals("pg_catalog");
        }
        return table.name().startsWith("pg_");
    }
}
