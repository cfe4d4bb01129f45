package dev.pgsafety.cli.demo;

/**
 * How long the demo lets things take.
 *
 * @param warmUpMillis       traffic before the first migration: normal latency on screen, a baseline for the numbers
 * @param reportQueryMillis  how long the report query keeps its lock; longer than pgsafety's first lock timeouts
 *                           (500 ms, then 1 s), so that the retry shows
 */
record DemoPace(long warmUpMillis, long reportQueryMillis) {

    static final DemoPace DEFAULT = new DemoPace(2_000, 3_000);
}
