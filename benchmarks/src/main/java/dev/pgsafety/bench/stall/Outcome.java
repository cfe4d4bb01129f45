package dev.pgsafety.bench.stall;

/** How a migration run ended: applied, rejected by pgsafety before anything ran, or failed while running. */
public record Outcome(Kind kind, String detail) {

    public enum Kind { APPLIED, REJECTED, FAILED }

    public static Outcome applied() {
        return new Outcome(Kind.APPLIED, "");
    }

    public static Outcome rejected(String why) {
        return new Outcome(Kind.REJECTED, why);
    }

    public static Outcome failed(String why) {
        return new Outcome(Kind.FAILED, why);
    }

    /** The first line of a tool's error, enough for a table cell. */
    static String firstLine(Throwable e) {
        Throwable t = e;
        String message = null;
        while (t != null && (message == null || message.isBlank())) {
            message = t.getMessage();
            t = t.getCause();
        }
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }
}
