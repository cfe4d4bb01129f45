package dev.pgsafety.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Every rule has a doc page that agrees with its class, and the index lists it: docs cannot drift. */
class RuleDocsTest {

    static final Path DOCS = Path.of("../docs/rules");

    @Test
    void everyRuleHasAPageThatMatchesItsMetadata() throws Exception {
        for (RuleRegistry.RegisteredRule rule : RuleRegistry.all()) {
            Path page = DOCS.resolve(rule.id() + ".md");
            assertThat(page).as("doc page for %s", rule.id()).exists();
            String doc = Files.readString(page, StandardCharsets.UTF_8);
            assertThat(doc).as("%s: title", page).startsWith("# " + rule.id() + "\n");
            assertThat(doc).as("%s: severity/size table", page).contains(
                    "| " + rule.info().severity().id() + " | " + (rule.info().sizeSensitive() ? "yes" : "no") + " |");
            assertThat(doc).as("%s: flags line equals @RuleInfo summary", page)
                    .contains("**Flags:** " + rule.info().summary() + "\n");
            assertThat(doc).as("%s: sections", page).contains("## Why it is dangerous", "## Safe alternative", "## Suppress");
            assertThat(doc).as("%s: suppression example", page).contains("pgsafety:allow " + rule.id() + " reason: ");
        }
    }

    @Test
    void theIndexListsEveryRuleWithItsSeverity() throws Exception {
        String index = Files.readString(DOCS.resolve("README.md"), StandardCharsets.UTF_8);
        for (RuleRegistry.RegisteredRule rule : RuleRegistry.all()) {
            assertThat(index).as("docs/rules/README.md row for %s", rule.id())
                    .contains("| [`" + rule.id() + "`](" + rule.id() + ".md) | " + rule.info().severity().id() + " | "
                            + (rule.info().sizeSensitive() ? "yes" : "no") + " |");
        }
    }

    @Test
    void noPageWithoutARule() throws Exception {
        try (var pages = Files.list(DOCS)) {
            pages.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md") && !n.equals("README.md"))
                    .forEach(n -> assertThat(RuleRegistry.byId(n.substring(0, n.length() - 3)))
                            .as("docs/rules/%s belongs to a rule", n).isPresent());
        }
    }
}
