package dev.pgsafety.cli.lint;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.pgsafety.cli.UsageException;
import dev.pgsafety.core.analysis.MigrationSource;
import dev.pgsafety.core.analysis.TransactionMode;
import dev.pgsafety.liquibase.ChangelogReader;

/** Turns the PATH arguments into migrations, in the order the tool would run them, with clear input errors. */
final class MigrationFiles {

    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__.*\\.sql", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPEATABLE = Pattern.compile("R__(.*)\\.sql", Pattern.CASE_INSENSITIVE);

    private final long maxBytes;
    private final boolean noTransaction;
    private final int pgMajor;

    MigrationFiles(long maxBytes, boolean noTransaction, int pgMajor) {
        this.maxBytes = maxBytes;
        this.noTransaction = noTransaction;
        this.pgMajor = pgMajor;
    }

    /** Migrations of all paths, in argument order; a folder's files in Flyway order. Empty files are skipped. */
    List<MigrationSource> collect(List<String> paths, InputStream stdin, List<String> notes) throws UsageException {
        List<MigrationSource> out = new ArrayList<>();
        for (String p : paths) {
            if (p.equals("-")) {
                String sql = decode(readLimited(stdin, "<stdin>"), "<stdin>");
                if (sql.isBlank()) {
                    notes.add("<stdin>: empty, nothing to check");
                } else {
                    out.add(new MigrationSource("<stdin>", sql, mode(null)));
                }
                continue;
            }
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                List<Path> files = sqlFilesIn(path);
                if (files.isEmpty()) {
                    notes.add(p + ": no .sql files in this folder");
                }
                for (Path f : files) {
                    addFile(out, f, notes);
                }
            } else if (Files.exists(path)) {
                addFile(out, path, notes);
            } else {
                throw new UsageException(p + ": no such file or folder");
            }
        }
        return out;
    }

    private void addFile(List<MigrationSource> out, Path file, List<String> notes) throws UsageException {
        String name = display(file);
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new UsageException(name + ": " + (size >> 20) + " MB is larger than the " + (maxBytes >> 20)
                        + " MB limit. A migration that large is usually a data dump; raise the limit with --max-file-size if it is not.");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UsageException(name + ": no such file");
        } catch (IOException e) {
            throw new UsageException(name + ": cannot read it (" + e.getMessage() + "); check its permissions");
        }
        String sql = decode(bytes, name);
        if (sql.isBlank()) {
            notes.add(name + ": empty, nothing to check");
            return;
        }
        if (ChangelogReader.isChangelog(file, sql)) {
            // A Liquibase changelog: each changeset, as the SQL Liquibase generates for PostgreSQL, in its own
            // transaction mode (runInTransaction), so --no-transaction does not apply.
            try {
                out.addAll(ChangelogReader.read(file, pgMajor));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            return;
        }
        out.add(new MigrationSource(name, sql, mode(file)));
    }

    private TransactionMode mode(Path file) throws UsageException {
        if (noTransaction) {
            return TransactionMode.NON_TRANSACTIONAL;
        }
        if (file == null) {
            return TransactionMode.AUTO;
        }
        Path conf = file.resolveSibling(file.getFileName() + ".conf");
        if (!Files.isRegularFile(conf)) {
            return TransactionMode.AUTO;
        }
        Properties props = new Properties();
        try (var reader = Files.newBufferedReader(conf, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException e) {
            throw new UsageException(display(conf) + ": cannot read it (" + e.getMessage() + ")");
        }
        String value = props.getProperty("executeInTransaction");
        if (value == null) {
            return TransactionMode.AUTO;
        }
        value = value.trim();
        if (value.equalsIgnoreCase("false")) {
            return TransactionMode.NON_TRANSACTIONAL;
        }
        if (value.equalsIgnoreCase("true")) {
            return TransactionMode.TRANSACTIONAL;
        }
        throw new UsageException(display(conf) + ": executeInTransaction=" + value + " must be true or false");
    }

    private byte[] readLimited(InputStream in, String name) throws UsageException {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new UsageException(name + ": input is larger than the " + (maxBytes >> 20) + " MB limit (--max-file-size)");
            }
            return bytes;
        } catch (IOException e) {
            throw new UsageException(name + ": cannot read it (" + e.getMessage() + ")");
        }
    }

    /** Strict UTF-8; binary content (NUL bytes) and invalid sequences are refused with the line they are on. */
    static String decode(byte[] bytes, String name) throws UsageException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UsageException(name + ": looks like a binary file (NUL byte at offset " + i
                        + "); pgsafety reads SQL text in UTF-8");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes);
            int line = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new UsageException(name + ":" + line + ": not valid UTF-8 (byte offset " + bad
                    + "); save the file as UTF-8 (for example: iconv -f LATIN1 -t UTF-8)");
        }
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    /** The .sql files under a folder (Flyway scripts or Liquibase formatted SQL); other changelogs are named explicitly. */
    static List<Path> sqlFilesIn(Path dir) throws UsageException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".sql"))
                    .sorted(FLYWAY_ORDER)
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UsageException(display(dir) + ": cannot list it (" + e.getMessage() + ")");
        }
    }

    /** Versioned scripts by version, then repeatable ones by description, then any other file by name. */
    static final Comparator<Path> FLYWAY_ORDER = Comparator
            .comparingInt(MigrationFiles::kind)
            .thenComparing((a, b) -> kind(a) == 0 ? compareVersions(version(a), version(b)) : 0)
            .thenComparing(p -> p.getFileName().toString())
            .thenComparing(Path::toString);

    private static int kind(Path p) {
        String n = p.getFileName().toString();
        if (VERSIONED.matcher(n).matches()) {
            return 0;
        }
        return REPEATABLE.matcher(n).matches() ? 1 : 2;
    }

    private static List<BigInteger> version(Path p) {
        Matcher m = VERSIONED.matcher(p.getFileName().toString());
        List<BigInteger> parts = new ArrayList<>();
        if (m.matches()) {
            for (String s : m.group(1).split("[._]+")) {
                if (!s.isEmpty()) {
                    parts.add(new BigInteger(s));
                }
            }
        }
        return parts;
    }

    private static int compareVersions(List<BigInteger> a, List<BigInteger> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            BigInteger x = i < a.size() ? a.get(i) : BigInteger.ZERO;
            BigInteger y = i < b.size() ? b.get(i) : BigInteger.ZERO;
            int c = x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    static String display(Path p) {
        return p.toString().replace('\\', '/');
    }
}
