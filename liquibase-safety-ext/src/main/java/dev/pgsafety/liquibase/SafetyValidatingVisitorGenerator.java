package dev.pgsafety.liquibase;

import java.util.List;

import liquibase.changelog.RanChangeSet;
import liquibase.changelog.visitor.ValidatingVisitor;
import liquibase.changelog.visitor.ValidatingVisitorGenerator;

/** Replaces Liquibase's validating visitor with one that also runs pgsafety's analysis (Liquibase 4.28+). */
public class SafetyValidatingVisitorGenerator implements ValidatingVisitorGenerator {

    @Override
    public int getPriority() {
        // Above Liquibase's standard generator (PRIORITY_DEFAULT).
        return PRIORITY_SPECIALIZED;
    }

    @Override
    public ValidatingVisitor generateValidatingVisitor(List<RanChangeSet> ranChangeSets) {
        return new SafetyValidatingVisitor(ranChangeSets);
    }
}
