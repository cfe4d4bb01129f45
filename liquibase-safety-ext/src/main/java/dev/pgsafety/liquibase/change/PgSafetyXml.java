package dev.pgsafety.liquibase.change;

/** pgsafety's XML namespace for Liquibase changelogs, and the changelog root that declares it. */
public final class PgSafetyXml {

    public static final String NAMESPACE = "http://pgsafety.dev/xml/ns/liquibase";
    public static final String SCHEMA_URL = NAMESPACE + "/pgsafety-liquibase.xsd";

    private PgSafetyXml() {
    }

    /**
     * A complete XML changelog around {@code changeSets}, with Liquibase's namespace as the default one and
     * pgsafety's bound to the prefix {@code pg}, both with their XSDs (which Liquibase finds on the classpath).
     */
    public static String changelog(String changeSets) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog
                        xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                        xmlns:pg="%1$s"
                        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                        xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                            http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd
                            %1$s
                            %2$s">
                %3$s
                </databaseChangeLog>
                """.formatted(NAMESPACE, SCHEMA_URL, changeSets);
    }
}
