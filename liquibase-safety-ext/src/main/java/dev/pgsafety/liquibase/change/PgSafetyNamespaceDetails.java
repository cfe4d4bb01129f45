package dev.pgsafety.liquibase.change;

import liquibase.parser.LiquibaseParser;
import liquibase.parser.NamespaceDetails;
import liquibase.parser.core.xml.XMLChangeLogSAXParser;
import liquibase.serializer.LiquibaseSerializer;
import liquibase.serializer.core.xml.XMLChangeLogSerializer;

/**
 * pgsafety's XML namespace, prefix and XSD, for Liquibase's XML serializer. Parsing needs no help: Liquibase's
 * entity resolver finds the XSD on the classpath under its URL without the scheme
 * ({@code pgsafety.dev/xml/ns/liquibase/pgsafety-liquibase.xsd}), so validation works offline.
 */
public class PgSafetyNamespaceDetails implements NamespaceDetails {

    public static final String SCHEMA_URL = PgSafetyXml.SCHEMA_URL;

    @Override
    public int getPriority() {
        return PRIORITY_EXTENSION;
    }

    @Override
    public boolean supports(LiquibaseSerializer serializer, String namespaceOrUrl) {
        return serializer instanceof XMLChangeLogSerializer && ours(namespaceOrUrl);
    }

    @Override
    public boolean supports(LiquibaseParser parser, String namespaceOrUrl) {
        return parser instanceof XMLChangeLogSAXParser && ours(namespaceOrUrl);
    }

    private static boolean ours(String namespaceOrUrl) {
        return OnlineChange.NAMESPACE.equals(namespaceOrUrl) || SCHEMA_URL.equals(namespaceOrUrl);
    }

    @Override
    public String getShortName(String namespaceOrUrl) {
        return "pgsafety";
    }

    @Override
    public String getSchemaUrl(String namespaceOrUrl) {
        return SCHEMA_URL;
    }

    @Override
    public String[] getNamespaces() {
        return new String[] {OnlineChange.NAMESPACE};
    }
}
