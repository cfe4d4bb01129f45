package dev.pgsafety.testkit.traffic;

/**
 * The shape of the live traffic.
 *
 * @param writers     threads doing single-row writes (alternately an INSERT of a new order and an UPDATE of one)
 * @param readers     threads doing point SELECTs by primary key
 * @param pauseMicros each thread's pause between two operations, so that the traffic is an application's, not a
 *                    load test that saturates the machine
 * @param orderIds    updates and reads pick ids uniformly from 1 to this (the seeded rows)
 * @param insertSql   parameters: customer id (bigint), reference (text), total in cents (bigint)
 * @param updateSql   parameter: order id (bigint); must increase {@code version} by one
 * @param readSql     parameter: order id (bigint)
 */
public record TrafficOptions(int writers, int readers, long pauseMicros, long orderIds,
                             String insertSql, String updateSql, String readSql) {

    public static final String INSERT = "INSERT INTO orders (customer_id, reference, status, currency, total_cents)"
            + " VALUES (?, ?, 'new', 'EUR', ?)";
    public static final String UPDATE = "UPDATE orders SET total_cents = total_cents + 1, version = version + 1,"
            + " updated_at = now() WHERE id = ?";
    public static final String READ = "SELECT id, customer_id, status, total_cents FROM orders WHERE id = ?";

    public TrafficOptions {
        if (writers < 0 || readers < 0 || writers + readers == 0) {
            throw new IllegalArgumentException("live traffic needs at least one writer or reader");
        }
        if (orderIds < 1) {
            throw new IllegalArgumentException("orderIds must be at least 1");
        }
    }

    /** Four writers and four readers, each pausing 2 ms between operations. */
    public static TrafficOptions defaults(long orderIds) {
        return new TrafficOptions(4, 4, 2_000, orderIds, INSERT, UPDATE, READ);
    }

    public TrafficOptions withStatements(String insert, String update) {
        return new TrafficOptions(writers, readers, pauseMicros, orderIds, insert, update, readSql);
    }

    public TrafficOptions withThreads(int writerThreads, int readerThreads) {
        return new TrafficOptions(writerThreads, readerThreads, pauseMicros, orderIds, insertSql, updateSql, readSql);
    }
}
