package dev.pgsafety.bench.stall;

/** One way of running a scenario's migration: which tool, with or without pgsafety, which script. */
public enum Variant {
    FLYWAY_NAIVE("Flyway", "naive script", false),
    FLYWAY_HAND_SAFE("Flyway", "hand-written safe script", false),
    FLYWAY_PGSAFETY_NAIVE("Flyway + pgsafety", "naive script", true),
    FLYWAY_PGSAFETY_SAFE("Flyway + pgsafety", "safe script", true),
    LIQUIBASE_NAIVE("Liquibase", "core change types", false),
    LIQUIBASE_PGSAFETY_NAIVE("Liquibase + pgsafety", "core change types", true),
    LIQUIBASE_PGSAFETY_ONLINE("Liquibase + pgsafety", "online change types", true);

    private final String tool;
    private final String script;
    private final boolean pgsafety;

    Variant(String tool, String script, boolean pgsafety) {
        this.tool = tool;
        this.script = script;
        this.pgsafety = pgsafety;
    }

    public String tool() {
        return tool;
    }

    public String script() {
        return script;
    }

    public boolean pgsafety() {
        return pgsafety;
    }

    public boolean liquibase() {
        return name().startsWith("LIQUIBASE");
    }

    public String label() {
        return tool + ", " + script;
    }
}
