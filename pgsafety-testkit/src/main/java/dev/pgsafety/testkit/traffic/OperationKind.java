package dev.pgsafety.testkit.traffic;

/** What one operation of the live traffic was. */
public enum OperationKind {
    READ, INSERT, UPDATE;

    public boolean isWrite() {
        return this != READ;
    }
}
