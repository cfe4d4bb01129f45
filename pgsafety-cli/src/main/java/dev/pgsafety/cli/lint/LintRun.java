package dev.pgsafety.cli.lint;

import java.util.List;

import dev.pgsafety.core.analysis.AnalysisOptions;
import dev.pgsafety.core.analysis.AnalysisResult;
import dev.pgsafety.core.analysis.Finding;

/** One lint run's outcome, as the reports need it. */
record LintRun(AnalysisOptions options, AnalysisResult result, List<String> files) {

    List<Finding> findings() {
        return result.findings();
    }

    long errors() {
        return findings().stream().filter(Finding::isError).count();
    }

    long warnings() {
        return findings().size() - errors();
    }

    int statements() {
        return result.migrations().stream().mapToInt(m -> m.statements().size()).sum();
    }
}
