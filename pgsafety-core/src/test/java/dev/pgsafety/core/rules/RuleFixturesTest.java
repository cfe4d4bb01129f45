package dev.pgsafety.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every fixture under src/test/resources/rules/<rule-id>/ and compares findings with its markers. */
class RuleFixturesTest {

    static final Path ROOT = Path.of("src/test/resources/rules");

    @TestFactory
    Stream<DynamicTest> fixtures() throws Exception {
        return RuleFixture.all(ROOT).map(f -> DynamicTest.dynamicTest(f.name(), () -> {
            List<String> expected = f.expected();
            List<String> actual = f.actual();
            // Compare without severities where the marker did not state one.
            List<String> comparable = new ArrayList<>();
            for (String a : actual) {
                String withoutSeverity = a.replaceAll(" (error|warning)$", "");
                comparable.add(expected.contains(a) ? a : withoutSeverity);
            }
            comparable.sort(null);
            assertThat(comparable).as("findings of %s", f.name()).containsExactlyElementsOf(expected);
        }));
    }

    @Test
    void everyRuleHasFixturesThatFireAndThatStaySilent() throws Exception {
        List<RuleFixture> all = RuleFixture.all(ROOT).toList();
        for (RuleRegistry.RegisteredRule rule : RuleRegistry.all()) {
            String id = rule.id();
            assertThat(Files.isDirectory(ROOT.resolve(id))).as("fixture folder rules/%s", id).isTrue();
            List<RuleFixture> own = all.stream().filter(f -> f.ruleDirectory().equals(id)).toList();
            boolean fires = false;
            for (RuleFixture f : own) {
                fires |= f.expected().stream().anyMatch(e -> e.contains(" " + id));
            }
            assertThat(fires).as("rules/%s has a fixture where %s fires", id, id).isTrue();
            assertThat(own.stream().anyMatch(f -> f.name().contains("silent")))
                    .as("rules/%s has a silent*.sql fixture", id).isTrue();
        }
    }
}
