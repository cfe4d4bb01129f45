package dev.pgsafety.bench;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import dev.pgsafety.core.analysis.AnalysisOptions;
import dev.pgsafety.core.analysis.AnalysisResult;
import dev.pgsafety.core.analysis.Analyzer;
import dev.pgsafety.core.analysis.MigrationSource;

/**
 * Analyzer throughput on a generated corpus of about 4 MB ({@value #FILES} migrations of
 * {@value #STATEMENTS_PER_FILE} statements, seed {@link CorpusGenerator#DEFAULT_SEED}).
 *
 * <p>One operation is one top-level statement, so JMH reports statements per second; the setup prints the
 * corpus size so MB/s follows (statements/s times bytes/statement). Both methods split, lex, parse and run
 * every rule over the whole corpus: {@link #wholeCorpus} as one run (every file a migration, in version
 * order, schema knowledge carried across, as {@code pgsafety lint DIR} does), {@link #fileByFile} as one run
 * per file (as a caller analyzing each migration on its own would).
 *
 * <p>Warm-up is 10 iterations of 2 s, not 3: the analyzer is a lot of code (lexer, parsers, every rule) and
 * one invocation takes a fraction of a second, so the JIT needs time. On a quiet 2-core machine the
 * throughput still rose until the 5th warm-up iteration (about 55,000, 66,000, 81,000, then 100,000
 * statements/s in iterations 2 to 5), and compilation takes longer as rules are added.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar AnalyzerBenchmark</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 10, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Threads(1)
@State(Scope.Benchmark)
public class AnalyzerBenchmark {

    public static final int FILES = 1400;
    public static final int STATEMENTS_PER_FILE = 20;
    /** Operations per invocation: a compile-time constant, checked against the analyzer's own count at setup. */
    public static final int STATEMENTS = FILES * STATEMENTS_PER_FILE;

    private Analyzer analyzer;
    private List<MigrationSource> migrations;
    private List<List<MigrationSource>> oneByOne;

    /** The benchmark corpus: the same on every run. */
    public static List<CorpusGenerator.GeneratedFile> corpus() {
        return CorpusGenerator.corpus(CorpusGenerator.DEFAULT_SEED, FILES, STATEMENTS_PER_FILE);
    }

    @Setup(Level.Trial)
    public void setUp() {
        List<CorpusGenerator.GeneratedFile> files = corpus();
        analyzer = new Analyzer(AnalysisOptions.defaults());
        migrations = files.stream().map(f -> MigrationSource.script(f.name(), f.sql())).toList();
        oneByOne = migrations.stream().map(List::of).toList();

        long bytes = files.stream().mapToLong(CorpusGenerator.GeneratedFile::bytes).sum();
        AnalysisResult check = analyzer.analyze(migrations);
        int statements = check.migrations().stream().mapToInt(m -> m.statements().size()).sum();
        if (statements != STATEMENTS) {
            throw new IllegalStateException("the analyzer splits the corpus into " + statements
                    + " statements, the benchmark counts " + STATEMENTS + " operations: statements/s would be wrong");
        }
        long unparsed = check.findings().stream().filter(f -> f.rule().equals("unparsed-statement")).count();
        double perStatement = (double) bytes / statements;
        System.out.printf(Locale.ROOT, "%ncorpus: %d files, %d statements, %d bytes (%.2f MB, %.2f MiB), "
                        + "%.1f bytes/statement; %d findings (%d unparsed-statement), %d suppressed%n"
                        + "MB/s = statements/s x %.1f / 1e6%n",
                files.size(), statements, bytes, bytes / 1e6, bytes / (1024.0 * 1024.0), perStatement,
                check.findings().size(), unparsed, check.suppressed().size(), perStatement);
    }

    @Benchmark
    @OperationsPerInvocation(STATEMENTS)
    public AnalysisResult wholeCorpus() {
        return analyzer.analyze(migrations);
    }

    @Benchmark
    @OperationsPerInvocation(STATEMENTS)
    public void fileByFile(Blackhole blackhole) {
        for (List<MigrationSource> one : oneByOne) {
            blackhole.consume(analyzer.analyze(one));
        }
    }
}
