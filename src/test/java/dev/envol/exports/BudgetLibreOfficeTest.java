package dev.envol.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.envol.cost.CostEngine;
import dev.envol.cost.CostReport;
import dev.envol.pricing.CsvLine;
import dev.envol.pricing.PriceCatalogs;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The budget recalculated by LibreOffice (headless), not by POI: a quantity is changed across a
 * volume tier, the file saved with the now stale cached results, and LibreOffice's figures must
 * equal the engine's estimate of the changed model. Skipped where LibreOffice is not installed.
 */
class BudgetLibreOfficeTest {
    @TempDir
    Path dir;

    @Test
    void libreOfficeReTiersAChangedQuantityLikeTheEngine() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        assumeTrue(Files.isExecutable(soffice), "LibreOffice is not installed");
        Path file = dir.resolve("budget.xlsx");
        try (XSSFWorkbook workbook = BudgetTiersTest.budget(BudgetTiersTest.model(40_000));
             OutputStream out = Files.newOutputStream(file)) {
            BudgetTiersTest.line(workbook.getSheet("Target"), "Egress A").getCell(4)
                .setCellValue(400_000);
            workbook.write(out);
        }
        // a fresh profile told to recalculate every formula of an xlsx on load (as a user's
        // edit would recalculate its dependents), not to trust the cached results
        Path user = Files.createDirectories(dir.resolve("profile/user"));
        Files.writeString(user.resolve("registrymodifications.xcu"), """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry"
              xmlns:xs="http://www.w3.org/2001/XMLSchema"
              xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop
              oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
            </oor:items>
            """);
        Process process = new ProcessBuilder(soffice.toString(), "--headless",
            "-env:UserInstallation=file://" + dir.resolve("profile"), "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
            "--outdir", dir.toString(), file.toString()).redirectErrorStream(true).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        Path target = dir.resolve("budget-Target.csv");
        assertThat(target).as(new String(process.getInputStream().readAllBytes())).exists();
        CostReport after = new CostEngine().estimate(BudgetTiersTest.model(400_000),
            PriceCatalogs.embedded());
        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        for (String[] c : new String[][] {{"Egress A", "egress-a"}, {"Egress B", "egress-b"},
            {"CDN", "cdn"}}) {
            List<String> row = lines.stream().map(CsvLine::split)
                .filter(f -> f.get(0).equals(c[0])).findFirst().orElseThrow();
            assertThat(Double.parseDouble(row.get(8))).as(c[0]).isCloseTo(
                after.componentCost(c[1]).orElseThrow().monthly().doubleValue(), within(0.01));
        }
    }
}
