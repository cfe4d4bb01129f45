package dev.pgsafety.core.analysis;

/** Line and column arithmetic over text, with CRLF and lone CR counted as one line break like the lexer. */
final class Positions {

    private Positions() {
    }

    /** The {line, column} of {@code offset} in {@code text}, given where {@code text} starts. */
    static int[] advance(String text, int offset, int line, int column) {
        return advance(text, 0, offset, line, column);
    }

    /** The {line, column} of {@code offset} in {@code text}, given the line and column of {@code from}. */
    static int[] advance(String text, int from, int offset, int line, int column) {
        int end = Math.min(offset, text.length());
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < end && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                column = 1;
            } else if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
