package dev.pgsafety.cli.demo;

import dev.pgsafety.testkit.traffic.LiveTraffic;

/** Prints a line every second while a phase runs under traffic, so a stall is visible as it happens. */
final class TrafficTicker implements AutoCloseable {

    private final Thread thread;

    private TrafficTicker(LiveTraffic traffic, Console console) {
        thread = new Thread(() -> {
            long lastOps = traffic.operations();
            try {
                while (true) {
                    Thread.sleep(1_000);
                    long ops = traffic.operations();
                    console.say("traffic: " + Console.count(ops) + " ops (+" + Console.count(ops - lastOps)
                            + " in the last second), slowest so far " + Console.millis(traffic.maxLatencyMillis()));
                    lastOps = ops;
                }
            } catch (InterruptedException e) {
                // closed: the phase is over
            }
        }, "demo-traffic-ticker");
        thread.setDaemon(true);
        thread.start();
    }

    static TrafficTicker start(LiveTraffic traffic, Console console) {
        return new TrafficTicker(traffic, console);
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
