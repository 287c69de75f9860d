package dev.envol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.check.Checker;
import dev.envol.check.FindingsDiff;
import dev.envol.cost.CostDiff;
import dev.envol.cost.CostEngine;
import dev.envol.cost.CostReport;
import dev.envol.io.LoadResult;
import dev.envol.io.ModelFiles;
import dev.envol.pricing.PriceCatalog;
import dev.envol.pricing.PriceCatalogs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code diff --format markdown}: the merge-request comment for {@code diff/before} -> {@code
 * diff/after} (a bigger and Graviton ASG, an encrypted database, a new unencrypted EFS, one more
 * web server) equals the golden file, with the embedded prices. Regenerate with
 * {@code -Dgolden.update=true} after an intended change and review the diff.
 */
class DiffMarkdownTest {
    private static final Path DIR = Path.of("src/test/resources/dev/envol/cli/diff");
    private static final Path GOLDEN = DIR.resolve("before-after.md");

    private static String render(Path before, Path after) {
        PriceCatalog prices = PriceCatalogs.embedded();
        LoadResult old = ModelFiles.read(before);
        LoadResult now = ModelFiles.read(after);
        CostReport oldCost = new CostEngine().estimate(old.project(), prices);
        CostReport newCost = new CostEngine().estimate(now.project(), prices);
        Checker checker = Checker.withPrices(prices);
        return DiffMarkdown.render(CostDiff.between(oldCost, newCost), oldCost, newCost,
            FindingsDiff.between(checker.check(old.project(), old.warnings()),
                checker.check(now.project(), now.warnings())));
    }

    @Test
    void theCommentMatchesTheGoldenFile() throws Exception {
        String md = render(DIR.resolve("before.envol.json"), DIR.resolve("after.envol.json"));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, md, StandardCharsets.UTF_8);
        }
        assertThat(md).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void theCommentSaysWhatAReviewerNeeds() {
        String md = render(DIR.resolve("before.envol.json"), DIR.resolve("after.envol.json"));

        assertThat(md).startsWith(DiffMarkdown.MARKER + "\n### Envol: monthly cost of Web shop")
            .contains("| Target (AWS) | 310.15 | 360.72 | +50.57 (+16.3 %) |")
            .contains("| `shop-asg` Shop servers | target | changed | 128.95 | 155.14 | +26.19 |"
                + " size m5.large -> m6g.large; min 2 -> 3 |")
            .contains("| `shop-files` Shop files | target | added |  | 13.80 | +13.80 |")
            .contains("| new | error | `security.encryption-at-rest` | `target/shop-files` |")
            .contains("| resolved | error | `security.encryption-at-rest` | `target/shop-db` |")
            .contains("1 new, 2 resolved.");
    }

    @Test
    void anUnchangedModelSaysSo() {
        String md = render(DIR.resolve("before.envol.json"), DIR.resolve("before.envol.json"));

        assertThat(md).contains("does not change; no component's cost changes.")
            .contains("No component changed.").contains("No finding appears or disappears.");
    }

    @Test
    void modelTextCannotBreakATable() {
        assertThat(DiffMarkdown.cell("a | b\nc <script>")).isEqualTo("a \\| b c &lt;script>");
    }

    @Test
    void theCommandWritesMarkdown() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"diff", DIR.resolve("before.envol.json").toString(),
            DIR.resolve("after.envol.json").toString(), "--format", "markdown"},
            new PrintWriter(out), new PrintWriter(err));

        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).startsWith(DiffMarkdown.MARKER).contains("#### Components")
            .contains("#### Findings");
    }
}
