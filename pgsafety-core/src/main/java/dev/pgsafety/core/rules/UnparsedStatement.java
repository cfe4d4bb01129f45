package dev.pgsafety.core.rules;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.model.Statement;

@RuleInfo(id = "unparsed-statement", severity = Severity.WARNING,
        statements = Statement.Unparsed.class,
        summary = "a statement the analyzer cannot follow: reported, never silently passed (strict mode makes it an error)")
public final class UnparsedStatement implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        if (context.statement() instanceof Statement.Unparsed unparsed) {
            out.add(null, "pgsafety could not follow this " + unparsed.family().toUpperCase(java.util.Locale.ROOT)
                    + " statement (" + unparsed.reason() + "), so none of its rules checked it. Check it by hand, "
                    + "or report the statement so the parser learns it.", "");
        }
    }
}
