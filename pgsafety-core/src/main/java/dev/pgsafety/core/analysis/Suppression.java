package dev.pgsafety.core.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.pgsafety.core.lexer.Token;

/**
 * A suppression comment: {@code -- pgsafety:allow rule-a, rule-b reason: why} before a statement, or
 * {@code -- pgsafety:allow-file rule-a reason: why} anywhere in a file. Block comments work too.
 */
public final class Suppression {

    private static final Pattern DIRECTIVE = Pattern.compile(
            "pgsafety:(allow-file|allow)\\b\\s*(.*?)\\s*(?:\\breason\\s*:\\s*(.*?))?\\s*(?:\\*/)?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final boolean fileWide;
    private final Set<String> rules;
    private final String reason;
    private final int line;
    private final int column;
    private boolean used;

    private Suppression(boolean fileWide, Set<String> rules, String reason, int line, int column) {
        this.fileWide = fileWide;
        this.rules = rules;
        this.reason = reason;
        this.line = line;
        this.column = column;
    }

    /** The suppression in a comment token, or null if it holds none. */
    static Suppression parse(Token comment, int lineBase) {
        String text = comment.text();
        int at = text.indexOf("pgsafety:");
        if (at < 0) {
            return null;
        }
        Matcher m = DIRECTIVE.matcher(text.substring(at));
        if (!m.matches()) {
            return null;
        }
        Set<String> rules = new LinkedHashSet<>();
        for (String id : m.group(2).split("[,\\s]+")) {
            if (!id.isBlank()) {
                rules.add(id.trim().toLowerCase(Locale.ROOT));
            }
        }
        String reason = m.group(3) == null ? "" : m.group(3).trim();
        return new Suppression(m.group(1).equalsIgnoreCase("allow-file"), Collections.unmodifiableSet(rules), reason,
                comment.line() + lineBase - 1, comment.column());
    }

    static List<Suppression> parseAll(List<Token> comments, int lineBase) {
        List<Suppression> out = new ArrayList<>();
        for (Token t : comments) {
            Suppression s = parse(t, lineBase);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** The line to paste above a statement to suppress {@code rule}. */
    public static String lineFor(String rule) {
        return "-- pgsafety:allow " + rule + " reason: <why this is safe here>";
    }

    public boolean fileWide() {
        return fileWide;
    }

    public Set<String> rules() {
        return rules;
    }

    public String reason() {
        return reason;
    }

    public boolean hasReason() {
        return !reason.isEmpty() && !reason.startsWith("<");
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    boolean covers(String rule) {
        return hasReason() && rules.contains(rule);
    }

    void markUsed() {
        used = true;
    }

    boolean used() {
        return used;
    }
}
