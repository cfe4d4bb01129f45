package dev.pgsafety.cli.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import dev.pgsafety.cli.UsageException;
import dev.pgsafety.core.analysis.AnalysisOptions;
import dev.pgsafety.core.analysis.AnalysisResult;
import dev.pgsafety.core.analysis.Analyzer;
import dev.pgsafety.core.analysis.MigrationSource;
import dev.pgsafety.core.config.ConfigException;
import dev.pgsafety.core.config.LintSettings;
import dev.pgsafety.core.config.RuntimeSettings;

/** {@code pgsafety lint}: static analysis of migration files for CI. */
public final class LintCommand {

    private static final List<String> CONFIG_PREFIXES = List.of("pgsafety.", "flyway.safety.", "liquibase.safety.");

    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;

    public LintCommand(PrintStream out, PrintStream err) {
        this(out, err, System.in);
    }

    LintCommand(PrintStream out, PrintStream err, InputStream in) {
        this.out = out;
        this.err = err;
        this.in = in;
    }

    public int run(String[] args) throws UsageException {
        LintArguments a = LintArguments.parse(args);
        if (a.help()) {
            out.print(LintArguments.HELP);
            return 0;
        }
        AnalysisOptions options = options(a);
        List<String> notes = new ArrayList<>();
        List<MigrationSource> migrations = new MigrationFiles(a.maxFileBytes(), a.noTransaction(), options.pgMajor()).collect(a.paths(), in, notes);
        notes.forEach(n -> err.println("pgsafety: note: " + n));
        AnalysisResult result = new Analyzer(options).analyze(migrations);
        LintRun run = new LintRun(options, result, migrations.stream().map(MigrationSource::name).toList());
        switch (a.format()) {
            case JSON -> new JsonReport().write(run, out);
            case SARIF -> new SarifReport().write(run, out);
            default -> new TextReport(useColor()).write(run, out);
        }
        return result.hasErrors() ? 1 : 0;
    }

    private AnalysisOptions options(LintArguments a) throws UsageException {
        AnalysisOptions options = AnalysisOptions.defaults();
        if (a.config() != null) {
            Properties props = new Properties();
            try (var reader = Files.newBufferedReader(a.config(), StandardCharsets.UTF_8)) {
                props.load(reader);
            } catch (IOException e) {
                throw new UsageException(a.config() + ": cannot read the configuration file (" + e.getMessage() + ")");
            } catch (IllegalArgumentException e) {
                throw new UsageException(a.config() + ": not a properties file (" + e.getMessage() + ")");
            }
            Map<String, String> values = new HashMap<>();
            props.stringPropertyNames().forEach(k -> values.put(k, props.getProperty(k)));
            try {
                for (String prefix : CONFIG_PREFIXES) {
                    // Runtime settings (timeouts, retries) are valid in these files but do not affect lint.
                    options = LintSettings.apply(options, values, prefix, a.config().toString(), RuntimeSettings.KEYS);
                }
            } catch (ConfigException e) {
                throw new UsageException(e.getMessage());
            }
        }
        if (a.pgVersion() != null) {
            options = options.withPgMajor(a.pgVersion());
        }
        if (a.strict()) {
            options = options.withStrict(true);
        }
        return options;
    }

    private static boolean useColor() {
        return System.console() != null && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
    }
}
