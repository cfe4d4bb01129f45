package dev.pgsafety.core.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.pgsafety.core.analysis.AnalysisOptions;
import dev.pgsafety.core.analysis.Finding;
import dev.pgsafety.core.analysis.MigrationSource;
import dev.pgsafety.core.analysis.Severity;
import dev.pgsafety.core.analysis.TransactionMode;
import dev.pgsafety.core.lexer.RawStatement;
import dev.pgsafety.core.lexer.StatementSplitter;
import dev.pgsafety.core.lexer.Token;

/**
 * A rule fixture: SQL annotated with the findings it must produce, in the style of annotated test sources.
 * <ul>
 *   <li>{@code -- expect: rule-id} (or {@code -- expect: rule-id warning}) in the comments right above a
 *       statement: that statement must produce that finding. Statements without a marker must produce none.</li>
 *   <li>{@code -- fixture: pg=11}, {@code -- fixture: no-transaction}, {@code -- fixture: transactional},
 *       {@code -- fixture: strict}, {@code -- fixture: severity rule-id=off} anywhere: analysis options.</li>
 *   <li>A directory of .sql files is one run of several migrations in name order (schema knowledge carries).</li>
 * </ul>
 */
record RuleFixture(String name, List<Path> files) {

    private static final Pattern EXPECT = Pattern.compile("--\\s*expect:\\s*([a-z0-9-]+)(?:\\s+(error|warning))?");
    private static final Pattern OPTION = Pattern.compile("--\\s*fixture:\\s*(.+)");

    static Stream<RuleFixture> all(Path root) throws IOException {
        List<RuleFixture> out = new ArrayList<>();
        try (Stream<Path> ruleDirs = Files.list(root)) {
            for (Path ruleDir : ruleDirs.sorted().toList()) {
                try (Stream<Path> entries = Files.list(ruleDir)) {
                    for (Path entry : entries.sorted().toList()) {
                        String name = root.relativize(entry).toString();
                        if (Files.isDirectory(entry)) {
                            try (Stream<Path> files = Files.list(entry)) {
                                out.add(new RuleFixture(name, files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()));
                            }
                        } else if (entry.toString().endsWith(".sql")) {
                            out.add(new RuleFixture(name, List.of(entry)));
                        }
                    }
                }
            }
        }
        return out.stream();
    }

    String ruleDirectory() {
        return name.substring(0, name.indexOf('/'));
    }

    /** "file:line rule severity" for every expected finding, sorted. */
    List<String> expected() throws IOException {
        List<String> out = new ArrayList<>();
        for (Path file : files) {
            String sql = read(file);
            var split = StatementSplitter.split(sql);
            for (RawStatement s : split.statements()) {
                for (Token c : s.leadingComments()) {
                    Matcher m = EXPECT.matcher(c.text());
                    if (m.find()) {
                        out.add(key(file, s.line(), m.group(1), m.group(2)));
                    }
                }
            }
        }
        out.sort(null);
        return out;
    }

    /** The same keys for what the analyzer reports; a finding on a comment counts for the statement after it. */
    List<String> actual() throws IOException {
        AnalysisOptions options = AnalysisOptions.defaults();
        TransactionMode mode = TransactionMode.AUTO;
        Map<String, Severity> severities = new HashMap<>();
        List<MigrationSource> sources = new ArrayList<>();
        Map<String, Path> byName = new TreeMap<>();
        for (Path file : files) {
            String sql = read(file);
            Matcher m = OPTION.matcher(sql);
            while (m.find()) {
                for (String opt : m.group(1).trim().split("\\s+")) {
                    if (opt.startsWith("pg=")) {
                        options = options.withPgMajor(Integer.parseInt(opt.substring(3)));
                    } else if (opt.equals("no-transaction")) {
                        mode = TransactionMode.NON_TRANSACTIONAL;
                    } else if (opt.equals("transactional")) {
                        mode = TransactionMode.TRANSACTIONAL;
                    } else if (opt.equals("strict")) {
                        options = options.withStrict(true);
                    } else if (opt.contains("=") && !opt.startsWith("severity")) {
                        String[] kv = opt.split("=");
                        severities.put(kv[0], Severity.parse(kv[1]));
                    }
                }
            }
            byName.put(file.getFileName().toString(), file);
        }
        for (Path file : files) {
            sources.add(new MigrationSource(file.getFileName().toString(), read(file), mode));
        }
        var result = new dev.pgsafety.core.analysis.Analyzer(options.withSeverities(severities)).analyze(sources);
        List<String> out = new ArrayList<>();
        for (Finding f : result.findings()) {
            Path file = byName.get(f.source());
            out.add(key(file, statementLineFor(file, f.line()), f.rule(), f.severity().id()));
        }
        out.sort(null);
        return out;
    }

    /** The statement whose text spans the line (a finding inside a DO body), else the next one (a comment's). */
    private static int statementLineFor(Path file, int line) throws IOException {
        for (RawStatement s : StatementSplitter.split(read(file)).statements()) {
            int lastLine = s.line() + (int) s.text().chars().filter(ch -> ch == '\n').count();
            if (s.line() >= line || lastLine >= line) {
                return s.line();
            }
        }
        return Integer.MAX_VALUE;
    }

    private static String key(Path file, int line, String rule, String severity) {
        String sev = severity == null ? "" : " " + severity.toLowerCase(Locale.ROOT);
        return file.getFileName() + ":" + (line == Integer.MAX_VALUE ? "end" : String.valueOf(line)) + " " + rule + sev;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
