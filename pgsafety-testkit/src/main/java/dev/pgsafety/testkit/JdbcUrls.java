package dev.pgsafety.testkit;

/** Small helpers for {@code jdbc:postgresql://host:port/database?params} URLs. */
final class JdbcUrls {

    private JdbcUrls() {
    }

    static String database(String url) {
        String rest = afterAuthority(url);
        int q = rest.indexOf('?');
        String db = q < 0 ? rest : rest.substring(0, q);
        return db.isEmpty() ? "postgres" : db;
    }

    static String withDatabase(String url, String database) {
        int authorityEnd = authorityEnd(url);
        String rest = url.substring(authorityEnd);
        int q = rest.indexOf('?');
        String params = q < 0 ? "" : rest.substring(q);
        return url.substring(0, authorityEnd) + "/" + database + params;
    }

    private static String afterAuthority(String url) {
        String rest = url.substring(authorityEnd(url));
        return rest.startsWith("/") ? rest.substring(1) : rest;
    }

    private static int authorityEnd(String url) {
        String prefix = "jdbc:postgresql://";
        if (!url.startsWith(prefix)) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL (expected " + prefix + "host:port/db): " + url);
        }
        int slash = url.indexOf('/', prefix.length());
        int q = url.indexOf('?', prefix.length());
        if (slash < 0 || (q >= 0 && q < slash)) {
            return q < 0 ? url.length() : q;
        }
        return slash;
    }
}
