package dev.pgsafety.core.lexer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Computes {@link Token#value()}: case folding and unescaping. Kept apart from the {@link Lexer} because values
 * are needed for a few tokens only, so they are computed lazily and never on the lexing hot path.
 */
final class TokenValues {

    private TokenValues() {
    }

    /** Folds ASCII {@code A-Z} only: PostgreSQL leaves multibyte (UTF-8) letters alone, and this avoids locale issues. */
    static String foldIdentifier(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && !isAsciiUpper(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (; i < n; i++) {
            if (isAsciiUpper(chars[i])) {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    /** Whether {@code text.substring(from, to)} folded as an identifier equals {@code lowerWord}, without copying. */
    static boolean equalsFolded(String text, int from, int to, String lowerWord) {
        int n = to - from;
        if (lowerWord == null || lowerWord.length() != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(from + i);
            if (isAsciiUpper(c)) {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != lowerWord.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static String quotedIdentifierValue(String text, boolean terminated) {
        boolean unicode = text.charAt(0) != '"'; // U&"..."
        String inner = undouble(inner(text, unicode ? 3 : 1, terminated), '"');
        return unicode ? decodeUnicodeOrRaw(inner) : inner;
    }

    static String stringValue(String text, boolean terminated) {
        switch (text.charAt(0)) {
            case 'e', 'E':
                return decodeEscapeString(inner(text, 2, terminated));
            case 'u', 'U':
                return decodeUnicodeOrRaw(undouble(inner(text, 3, terminated), '\''));
            case 'b', 'B', 'x', 'X':
                return inner(text, 2, terminated);
            case 'n', 'N':
                return undouble(inner(text, 2, terminated), '\'');
            default:
                return undouble(inner(text, 1, terminated), '\'');
        }
    }

    static String dollarStringValue(String text, boolean terminated) {
        int delimiterLength = text.indexOf('$', 1) + 1;
        int bodyEnd = terminated ? text.length() - delimiterLength : text.length();
        return bodyEnd <= delimiterLength ? "" : text.substring(delimiterLength, bodyEnd);
    }

    /** The text between an opening delimiter of {@code prefixLength} chars and the one-char closing quote. */
    private static String inner(String text, int prefixLength, boolean terminated) {
        int from = Math.min(prefixLength, text.length());
        int to = terminated ? text.length() - 1 : text.length();
        return to <= from ? "" : text.substring(from, to);
    }

    /** Collapses each doubled {@code quote} into one. */
    private static String undouble(String s, char quote) {
        int i = s.indexOf(quote);
        if (i < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        sb.append(s, 0, i);
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i++);
            sb.append(c);
            if (c == quote && i < n && s.charAt(i) == quote) {
                i++;
            }
        }
        return sb.toString();
    }

    /** Decodes {@code \XXXX}, {@code \+XXXXXX} and {@code \\}; returns {@code s} unchanged if an escape is invalid. */
    private static String decodeUnicodeOrRaw(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                i++;
            } else if (i + 1 < n && s.charAt(i + 1) == '\\') {
                sb.append('\\');
                i += 2;
            } else if (i + 1 < n && s.charAt(i + 1) == '+') {
                int cp = parseHex(s, i + 2, 6);
                if (cp < 0 || !Character.isValidCodePoint(cp)) {
                    return s;
                }
                sb.appendCodePoint(cp);
                i += 8;
            } else {
                int cp = parseHex(s, i + 1, 4);
                if (cp < 0) {
                    return s;
                }
                sb.append((char) cp);
                i += 5;
            }
        }
        return sb.toString();
    }

    /**
     * Decodes the backslash escapes of an {@code E''} string. Octal and hex escapes denote bytes, which PostgreSQL
     * concatenates before checking the encoding, so consecutive byte escapes are decoded together as UTF-8.
     */
    private static String decodeEscapeString(String s) {
        if (s.indexOf('\\') < 0) {
            return undouble(s, '\'');
        }
        int n = s.length();
        StringBuilder sb = new StringBuilder(n);
        byte[] bytes = new byte[8];
        int byteCount = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            int octalOrHex = -1;
            int consumed = 1;
            char literal = c;
            if (c == '\'' && i + 1 < n && s.charAt(i + 1) == '\'') {
                consumed = 2;
            } else if (c == '\\' && i + 1 < n) {
                char e = s.charAt(i + 1);
                consumed = 2;
                switch (e) {
                    case 'b' -> literal = '\b';
                    case 'f' -> literal = '\f';
                    case 'n' -> literal = '\n';
                    case 'r' -> literal = '\r';
                    case 't' -> literal = '\t';
                    case 'v' -> literal = '\u000B';
                    case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                        int v = 0;
                        int k = i + 1;
                        while (k < n && k < i + 4 && s.charAt(k) >= '0' && s.charAt(k) <= '7') {
                            v = v * 8 + (s.charAt(k) - '0');
                            k++;
                        }
                        octalOrHex = v & 0xFF;
                        consumed = k - i;
                    }
                    case 'x' -> {
                        int k = i + 2;
                        int v = 0;
                        while (k < n && k < i + 4 && hexDigit(s.charAt(k)) >= 0) {
                            v = v * 16 + hexDigit(s.charAt(k));
                            k++;
                        }
                        if (k > i + 2) {
                            octalOrHex = v;
                            consumed = k - i;
                        } else {
                            literal = 'x';
                        }
                    }
                    case 'u', 'U' -> {
                        int digits = e == 'u' ? 4 : 8;
                        int cp = parseHex(s, i + 2, digits);
                        if (cp >= 0 && Character.isValidCodePoint(cp)) {
                            flushBytes(sb, bytes, byteCount);
                            byteCount = 0;
                            sb.appendCodePoint(cp);
                            i += 2 + digits;
                            continue;
                        }
                        literal = e; // PostgreSQL rejects this; keep the letter
                    }
                    default -> literal = e;
                }
            }
            if (octalOrHex >= 0) {
                if (byteCount == bytes.length) {
                    bytes = Arrays.copyOf(bytes, bytes.length * 2);
                }
                bytes[byteCount++] = (byte) octalOrHex;
            } else {
                flushBytes(sb, bytes, byteCount);
                byteCount = 0;
                sb.append(literal);
            }
            i += consumed;
        }
        flushBytes(sb, bytes, byteCount);
        return sb.toString();
    }

    private static void flushBytes(StringBuilder sb, byte[] bytes, int count) {
        if (count > 0) {
            sb.append(new String(bytes, 0, count, StandardCharsets.UTF_8));
        }
    }

    /** Parses exactly {@code digits} hex digits at {@code from}; -1 if there are not that many. */
    private static int parseHex(String s, int from, int digits) {
        if (from + digits > s.length()) {
            return -1;
        }
        int v = 0;
        for (int k = from; k < from + digits; k++) {
            int d = hexDigit(s.charAt(k));
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
