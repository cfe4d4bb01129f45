package dev.pgsafety.core.analysis;

import java.util.List;

import dev.pgsafety.core.lexer.Token;
import dev.pgsafety.core.model.Statement;

/**
 * One statement of a migration, parsed and located: the unit rules look at and the runtime executes.
 *
 * @param model           the typed statement
 * @param text            the statement as written, without the terminating semicolon
 * @param line            1-based line in the migration's file
 * @param column          1-based column
 * @param leadingComments comments between the previous statement and this one (suppressions live here)
 * @param inDoBlock       found inside a DO block's body rather than at the top level
 */
public record SqlStatement(Statement model, String text, int line, int column, List<Token> leadingComments,
                           boolean inDoBlock) {

    public SqlStatement {
        leadingComments = List.copyOf(leadingComments);
    }
}
