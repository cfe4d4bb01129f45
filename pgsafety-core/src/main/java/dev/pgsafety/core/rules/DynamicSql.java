package dev.pgsafety.core.rules;

import java.util.List;

import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.StatementContext;
import dev.pgsafety.core.lexer.Lexer;
import dev.pgsafety.core.lexer.Token;
import dev.pgsafety.core.lexer.TokenKind;
import dev.pgsafety.core.model.Statement;

@RuleInfo(id = "dynamic-sql", severity = Severity.WARNING,
        statements = Statement.Other.class,
        summary = "EXECUTE of a built string inside DO: its statements cannot be checked")
public final class DynamicSql implements Rule {

    @Override
    public void check(StatementContext context, Violations out) {
        if (!(context.statement() instanceof Statement.Other other) || !other.words().equals("execute")
                || !context.sql().inDoBlock()) {
            return;
        }
        String constant = constantCommand(context.sql().text());
        String fix;
        if (constant != null) {
            fix = "-- the string is constant: write the statement itself (at the top level of the migration, or"
                    + " inside the DO body), so pgsafety can check it:\n" + StatementFixes.terminated(constant);
        } else {
            fix = "-- write the statements this EXECUTE would run directly in the migration (one statement per table"
                    + " or partition when it loops), so pgsafety can check each one.\n"
                    + "-- if the SQL really must be built at run time, check what it generates by hand (the lock each"
                    + " statement takes, on which table, for how long) and suppress this warning with a reason.";
        }
        out.add(null, "EXECUTE inside a DO block runs SQL that is built at run time: pgsafety cannot see which"
                + " statement it runs, which tables it touches or which locks it takes, so none of its checks applied"
                + " to it. A table rewrite or a long ACCESS EXCLUSIVE lock hidden in it would go unnoticed.", fix);
    }

    /** For {@code EXECUTE 'literal'} alone: the literal's SQL; else null. */
    private static String constantCommand(String text) {
        List<Token> tokens = Lexer.tokenize(text).stream().filter(Token::isSignificant).toList();
        if (tokens.size() != 2) {
            return null;
        }
        Token arg = tokens.get(1);
        if ((arg.kind() != TokenKind.STRING && arg.kind() != TokenKind.DOLLAR_STRING) || !arg.terminated()) {
            return null;
        }
        String sql = arg.value().strip();
        return sql.isEmpty() ? null : sql;
    }
}
