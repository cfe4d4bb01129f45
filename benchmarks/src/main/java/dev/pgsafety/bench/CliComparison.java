package dev.pgsafety.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Times whole linter processes on a generated migration folder: {@code pgsafety lint} (JVM start-up included)
 * and, when given, squawk. Prints a markdown table of wall times, files/s and MB/s.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.pgsafety.bench.CliComparison \
 *     --pgsafety-jar pgsafety-cli/target/pgsafety.jar [--squawk PATH] [--files 3000]
 * </pre>
 *
 * Exit code 1 of a linter (it found something) is expected; anything else fails the comparison.
 */
public final class CliComparison {

    static final String USAGE = """
            Usage: CliComparison --pgsafety-jar JAR [options]

              --pgsafety-jar JAR   pgsafety's executable jar (pgsafety-cli/target/pgsafety.jar)
              --squawk PATH        squawk's binary; without it only pgsafety is timed
              --files N            migration files to generate (default 3000)
              --statements N       statements per file (default 10)
              --runs N             timed runs per command (default 5)
              --warmups N          untimed runs first, to warm the file cache (default 1; at least 1)
              --seed N             corpus seed (default %d)
              --dir DIR            corpus folder (default benchmarks/target/cli-corpus); its .sql files are replaced
              --java PATH          java for pgsafety (default: the one running this)
              --squawk-glob        let squawk expand '*.sql' itself instead of passing every file
            """.formatted(CorpusGenerator.DEFAULT_SEED);

    /** Stay well below Linux's ARG_MAX (2 MiB, environment included) when passing files to squawk. */
    private static final int MAX_ARG_CHARS = 1_000_000;

    private CliComparison() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("CliComparison: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        System.exit(run(options));
    }

    static int run(Options o) throws IOException, InterruptedException {
        Path dir = o.dir.toAbsolutePath().normalize();
        Path results = dir.resolveSibling(dir.getFileName() + "-results");
        Files.createDirectories(results);

        System.out.printf(Locale.ROOT, "Generating %d files of %d statements (seed %d) in %s%n", o.files, o.statements,
                o.seed, dir);
        deleteSqlFiles(dir);
        List<CorpusGenerator.GeneratedFile> corpus = CorpusGenerator.corpus(o.seed, o.files, o.statements);
        CorpusGenerator.writeFlyway(corpus, dir);
        long bytes = corpus.stream().mapToLong(CorpusGenerator.GeneratedFile::bytes).sum();
        int statements = corpus.stream().mapToInt(CorpusGenerator.GeneratedFile::statements).sum();
        System.out.printf(Locale.ROOT, "Corpus: %d files, %d statements, %d bytes (%.2f MB)%n%n", corpus.size(),
                statements, bytes, bytes / 1e6);

        String java = o.java != null ? o.java : Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = o.pgsafetyJar.toAbsolutePath().toString();
        List<Row> rows = new ArrayList<>();

        Command startUp = new Command("`java -jar pgsafety.jar --version` (JVM start-up only, no linting)",
                List.of(List.of(java, "-jar", jar, "--version")), dir, List.of(0));
        rows.add(measure(startUp, o, results.resolve("pgsafety-version"), null, 0));

        Command pgsafety = new Command("`java -jar pgsafety.jar lint --format json <dir>`",
                List.of(List.of(java, "-jar", jar, "lint", "--format", "json", dir.toString())), dir, List.of(0, 1));
        rows.add(measure(pgsafety, o, results.resolve("pgsafety"), out -> checkPgsafety(out, corpus.size(), statements),
                bytes));

        if (o.squawk != null) {
            String squawk = o.squawk.toAbsolutePath().toString();
            List<List<String>> invocations;
            String label;
            if (o.squawkGlob) {
                invocations = List.of(List.of(squawk, "--reporter", "json", "*.sql"));
                label = "`squawk --reporter json '*.sql'` (squawk expands the pattern)";
            } else {
                invocations = batches(List.of(squawk, "--reporter", "json"),
                        corpus.stream().map(CorpusGenerator.GeneratedFile::name).toList());
                label = "`squawk --reporter json <every .sql file>`"
                        + (invocations.size() > 1 ? " (" + invocations.size() + " processes, argument list split)" : "");
            }
            rows.add(measure(new Command(label, invocations, dir, List.of(0, 1)), o, results.resolve("squawk"),
                    CliComparison::checkSquawk, bytes));
        }

        System.out.println();
        System.out.println(table(rows, corpus.size(), bytes, o.runs));
        if (o.squawk == null) {
            System.out.println("squawk was not measured (no --squawk PATH given).");
        }
        System.out.println("Outputs of the first untimed run of each command: " + results);
        return 0;
    }

    // ---------------------------------------------------------------------------------------------------

    record Command(String label, List<List<String>> invocations, Path workDir, List<Integer> okExitCodes) {
    }

    /** Wall seconds of the timed runs (sorted), CPU seconds (user + system) where measurable, and a note. */
    record Row(Command command, double[] wall, double[] cpu, int exitCode, String note, boolean linting) {
    }

    interface OutputCheck {
        /** A note for the report, or an exception when the output shows the run was not a real lint. */
        String check(String stdout);
    }

    private static Row measure(Command command, Options o, Path outputPrefix, OutputCheck check, long bytes)
            throws IOException, InterruptedException {
        System.out.println("Timing " + command.label());
        String note = "";
        int exitCode = -1;
        for (int i = 0; i < o.warmups; i++) {
            Path out = Path.of(outputPrefix + ".out");
            Timing t = runOnce(command, out, Path.of(outputPrefix + ".err"));
            exitCode = t.exitCode;
            if (i == 0 && check != null) {
                note = check.check(Files.readString(out, StandardCharsets.UTF_8));
                System.out.println("  " + note);
            }
        }
        double[] wall = new double[o.runs];
        double[] cpu = new double[o.runs];
        for (int i = 0; i < o.runs; i++) {
            Timing t = runOnce(command, null, Path.of(outputPrefix + ".err"));
            wall[i] = t.wallSeconds;
            cpu[i] = t.cpuSeconds;
            exitCode = t.exitCode;
            System.out.printf(Locale.ROOT, "  run %d: %.3f s wall%s, exit %d%n", i + 1, t.wallSeconds,
                    Double.isNaN(t.cpuSeconds) ? "" : String.format(Locale.ROOT, ", %.3f s CPU", t.cpuSeconds), t.exitCode);
        }
        Arrays.sort(wall);
        return new Row(command, wall, cpu, exitCode, note, bytes > 0);
    }

    private record Timing(double wallSeconds, double cpuSeconds, int exitCode) {
    }

    private static final Path TIME = Path.of("/usr/bin/time");

    /**
     * Runs every invocation of the command in turn; wall time covers them all. When GNU time is installed,
     * each process runs under it to learn its CPU time (its own start-up adds about a millisecond).
     */
    private static Timing runOnce(Command command, Path stdout, Path stderr) throws IOException, InterruptedException {
        boolean cpuKnown = Files.isExecutable(TIME);
        Path cpuFile = Files.createTempFile("cli-comparison", ".time");
        double cpu = 0;
        int worst = 0;
        if (stdout != null) {
            Files.deleteIfExists(stdout);
        }
        long start = System.nanoTime();
        try {
            for (List<String> invocation : command.invocations()) {
                List<String> argv = new ArrayList<>();
                if (cpuKnown) {
                    argv.addAll(List.of(TIME.toString(), "-o", cpuFile.toString(), "-f", "%U %S"));
                }
                argv.addAll(invocation);
                ProcessBuilder pb = new ProcessBuilder(argv).directory(command.workDir().toFile());
                pb.redirectOutput(stdout == null ? ProcessBuilder.Redirect.DISCARD
                        : ProcessBuilder.Redirect.appendTo(stdout.toFile()));
                pb.redirectError(ProcessBuilder.Redirect.to(stderr.toFile()));
                int code = pb.start().waitFor();
                if (!command.okExitCodes().contains(code)) {
                    throw new IllegalStateException(command.label() + " exited with " + code + ": "
                            + tail(Files.readString(stderr, StandardCharsets.UTF_8)));
                }
                worst = Math.max(worst, code);
                if (cpuKnown) {
                    cpu += parseCpu(Files.readString(cpuFile, StandardCharsets.UTF_8));
                }
            }
        } finally {
            Files.deleteIfExists(cpuFile);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        return new Timing(wall, cpuKnown ? cpu : Double.NaN, worst);
    }

    private static double parseCpu(String timeOutput) {
        // GNU time writes "Command exited with non-zero status 1" before the format line when the exit code is not 0.
        String[] lines = timeOutput.strip().split("\n");
        String[] parts = lines[lines.length - 1].trim().split("\\s+");
        return Double.parseDouble(parts[0]) + Double.parseDouble(parts[1]);
    }

    private static final Pattern SUMMARY = Pattern.compile(
            "\"summary\": \\{\"errors\": (\\d+), \"warnings\": (\\d+), \"files\": (\\d+), \"statements\": (\\d+)}");

    /** pgsafety must have read every file and statement; reports its finding counts. */
    private static String checkPgsafety(String json, int files, int statements) {
        Matcher m = SUMMARY.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("pgsafety's JSON has no summary; output starts: " + tail(json));
        }
        int readFiles = Integer.parseInt(m.group(3));
        int readStatements = Integer.parseInt(m.group(4));
        if (readFiles != files || readStatements != statements) {
            throw new IllegalStateException("pgsafety read " + readFiles + " files and " + readStatements
                    + " statements, the corpus has " + files + " and " + statements);
        }
        int unparsed = count(json, "\"rule\": \"unparsed-statement\"");
        return String.format(Locale.ROOT, "pgsafety read %d files, %d statements: %s errors, %s warnings, %d unparsed",
                readFiles, readStatements, m.group(1), m.group(2), unparsed);
    }

    /** squawk must have parsed the files (no syntax-error findings, no "failed to find files"). */
    private static String checkSquawk(String json) {
        int findings = count(json, "\"rule_name\":");
        int syntaxErrors = count(json, "\"rule_name\":\"syntax-error\"");
        int filesWithFindings = (int) Pattern.compile("\"file\":\"([^\"]*)\"").matcher(json).results()
                .map(r -> r.group(1)).distinct().count();
        if (syntaxErrors > 0) {
            System.out.println("  WARNING: squawk reports " + syntaxErrors + " syntax errors; it may not lint those files");
        }
        return String.format(Locale.ROOT, "squawk: %d findings in %d files, %d syntax-error", findings,
                filesWithFindings, syntaxErrors);
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length())) {
            n++;
        }
        return n;
    }

    private static List<List<String>> batches(List<String> head, List<String> files) {
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>(head);
        int chars = 0;
        for (String f : files) {
            if (chars + f.length() + 1 > MAX_ARG_CHARS && current.size() > head.size()) {
                out.add(current);
                current = new ArrayList<>(head);
                chars = 0;
            }
            current.add(f);
            chars += f.length() + 1;
        }
        out.add(current);
        return out;
    }

    static String table(List<Row> rows, int files, long bytes, int runs) {
        StringBuilder sb = new StringBuilder();
        sb.append("| command | runs | min wall (s) | median wall (s) | median CPU (s) | files/s (median) | MB/s (median) | exit |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            double min = r.wall()[0];
            double median = median(r.wall());
            double[] cpu = r.cpu().clone();
            Arrays.sort(cpu);
            String cpuText = Double.isNaN(cpu[0]) ? "n/a" : String.format(Locale.ROOT, "%.2f", median(cpu));
            String filesPerSecond = r.linting() ? String.format(Locale.ROOT, "%,.0f", files / median) : "–";
            String mbPerSecond = r.linting() ? String.format(Locale.ROOT, "%.2f", bytes / 1e6 / median) : "–";
            sb.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %s | %s | %s | %d |%n", r.command().label(), runs,
                    min, median, cpuText, filesPerSecond, mbPerSecond, r.exitCode()));
        }
        return sb.toString();
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String tail(String s) {
        String t = s.strip();
        return t.length() > 600 ? "..." + t.substring(t.length() - 600) : t;
    }

    private static void deleteSqlFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".sql") && Files.isRegularFile(p)).toList()) {
                Files.delete(p);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------

    static final class Options {
        Path pgsafetyJar;
        Path squawk;
        int files = 3000;
        int statements = 10;
        int runs = 5;
        int warmups = 1;
        long seed = CorpusGenerator.DEFAULT_SEED;
        Path dir = Path.of("benchmarks", "target", "cli-corpus");
        String java;
        boolean squawkGlob;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--pgsafety-jar" -> o.pgsafetyJar = Path.of(value(args, ++i, a));
                    case "--squawk" -> o.squawk = Path.of(value(args, ++i, a));
                    case "--files" -> o.files = positive(value(args, ++i, a), a);
                    case "--statements" -> o.statements = positive(value(args, ++i, a), a);
                    case "--runs" -> o.runs = positive(value(args, ++i, a), a);
                    case "--warmups" -> o.warmups = positive(value(args, ++i, a), a);
                    case "--seed" -> o.seed = Long.parseLong(value(args, ++i, a));
                    case "--dir" -> o.dir = Path.of(value(args, ++i, a));
                    case "--java" -> o.java = value(args, ++i, a);
                    case "--squawk-glob" -> o.squawkGlob = true;
                    case "--help", "-h" -> throw new IllegalArgumentException("help");
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (o.pgsafetyJar == null) {
                throw new IllegalArgumentException("--pgsafety-jar is required");
            }
            if (!Files.isRegularFile(o.pgsafetyJar)) {
                throw new IllegalArgumentException(o.pgsafetyJar + " does not exist; build it with "
                        + "mvn -B -ntp package -DskipTests -pl pgsafety-cli,benchmarks -am");
            }
            if (o.squawk != null && !Files.isExecutable(o.squawk)) {
                throw new IllegalArgumentException(o.squawk + " is not an executable squawk binary");
            }
            return o;
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static int positive(String text, String option) {
            int n = Integer.parseInt(text);
            if (n < 1) {
                throw new IllegalArgumentException(option + " must be at least 1");
            }
            return n;
        }
    }
}
