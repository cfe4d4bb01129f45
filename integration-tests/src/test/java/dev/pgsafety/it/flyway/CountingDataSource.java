package dev.pgsafety.it.flyway;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import org.postgresql.ds.PGSimpleDataSource;

import dev.pgsafety.testkit.junit.PgDatabase;

/** Opens real connections and counts them: how many in all, and the most open at once. */
final class CountingDataSource extends PGSimpleDataSource {

    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger mostOpen = new AtomicInteger();

    CountingDataSource(PgDatabase db) {
        setURL(db.jdbcUrl());
        setUser(db.user());
        setPassword(db.password());
    }

    int opened() {
        return opened.get();
    }

    int mostOpenAtOnce() {
        return mostOpen.get();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        Connection real = super.getConnection(user, password);
        opened.incrementAndGet();
        mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && !real.isClosed()) {
                        open.decrementAndGet();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
