package dev.envol.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.envol.model.InputException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken and hostile inventories: one clear line naming the file and the place, no model. */
class HostileFilesTest {
    @TempDir
    Path dir;

    private static final ImportOptions OPTIONS = RvToolsImporterTest.OPTIONS;

    private static String importing(Importer importer, Path file) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
            () -> importer.importFile(file, OPTIONS));
        assertThat(thrown).isInstanceOf(InputException.class);
        assertThat(thrown.getMessage()).doesNotContain("\n").startsWith(file.toString());
        return thrown.getMessage();
    }

    private Path csv(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void missingRequiredColumnNamesFileSheetAndColumn() throws IOException {
        Path xlsx = Workbooks.write(dir.resolve("nocpu.xlsx"), Workbooks.sheet("",
            "VM,Powerstate,Memory,Provisioned MiB", "web-01,poweredOn,4096,10240"), null);
        assertThat(importing(new RvToolsImporter(), xlsx))
            .isEqualTo(xlsx + ", sheet vInfo: missing required column \"CPUs\"");

        Path csv = csv("nostorage.csv", "VM,Powerstate,CPUs,Memory\nweb-01,poweredOn,2,4096\n");
        assertThat(importing(new RvToolsImporter(), csv)).isEqualTo(csv
            + ": missing required column \"Provisioned MiB\" (or \"Provisioned MB\")");

        Path ads = csv("ads.csv", "HostName,RAM.TotalSizeInMB\nweb-01,4096\n");
        assertThat(importing(new AdsImporter(), ads)).contains("missing required column",
            "CPU.NumberOfLogicalCores");
    }

    @Test
    void wrongTypeNamesRowAndColumn() throws IOException {
        Path csv = csv("bad.csv", Workbooks.HEADER + "\nweb-01,poweredOn,False,2,4096,10240,1\n"
            + "web-02,poweredOn,False,two,4096,10240,1\n");
        assertThat(importing(new RvToolsImporter(), csv))
            .isEqualTo(csv + ", row 3, column \"CPUs\": \"two\" is not a number");

        Path xlsx = Workbooks.write(dir.resolve("bad.xlsx"), Workbooks.sheet("",
            Workbooks.HEADER, "web-01,poweredOn,False,2,lots,10240,1"), null);
        assertThat(importing(new RvToolsImporter(), xlsx)).isEqualTo(xlsx
            + ", sheet vInfo, row 2, column \"Memory\": \"lots\" is not a number");

        Path fraction = csv("half.csv",
            Workbooks.HEADER + "\nweb-01,poweredOn,False,2.5,4096,1,1\n");
        assertThat(importing(new RvToolsImporter(), fraction)).endsWith("is not a whole number");

        Path ads = csv("util.csv", "HostName,CPU.NumberOfLogicalCores,RAM.TotalSizeInMB,"
            + "CPU.UsagePct.Max\nweb-01,2,4096,250\n");
        assertThat(importing(new AdsImporter(), ads)).isEqualTo(ads
            + ", row 2, column \"CPU.UsagePct.Max\": \"250\" is more than 100% of the server");
    }

    @Test
    void emptyFilesAndHeaderOnly() throws IOException {
        assertThat(importing(new RvToolsImporter(), csv("empty.csv", "")))
            .endsWith(": the file is empty");
        assertThat(importing(new AdsImporter(), csv("blank.csv", "\n\n")))
            .endsWith("the file is empty (no header row)");
        assertThat(importing(new RvToolsImporter(), csv("header.csv", Workbooks.HEADER + "\n")))
            .endsWith(": no VM rows under the header");
        Path emptySheet = Workbooks.write(dir.resolve("empty.xlsx"), Workbooks.sheet(""), null);
        assertThat(importing(new RvToolsImporter(), emptySheet))
            .isEqualTo(emptySheet + ", sheet vInfo: empty (no header row)");
    }

    @Test
    void notAWorkbookAndNoVInfoSheet() throws IOException {
        Path fake = Files.write(dir.resolve("fake.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        assertThat(importing(new RvToolsImporter(), fake)).contains("not an xlsx workbook");

        Path other = Workbooks.write(dir.resolve("other.xlsx"), "vHost", Workbooks.sheet("",
            Workbooks.HEADER), null);
        assertThat(importing(new RvToolsImporter(), other))
            .isEqualTo(other + ": no sheet named vInfo (the workbook has vHost)");
        assertThat(importing(new RvToolsImporter(), dir.resolve("missing.csv")))
            .endsWith(": no such file");
    }

    @Test
    void aHundredThousandRowsAreRefusedEarly() throws IOException {
        Path big = dir.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(big)) {
            out.write(Workbooks.HEADER + ",Application\n");
            for (int i = 0; i < 100_000; i++) {
                out.write("vm-" + i + ",poweredOn,False,2,4096,20480,10240,app-" + (i % 500)
                    + "\n");
            }
        }
        long[] lastProgress = {0};
        ImportOptions watched = OPTIONS.withProgress((step, done) -> lastProgress[0] = done);

        assertThatThrownBy(() -> new RvToolsImporter().importFile(big, watched))
            .isInstanceOf(InputException.class)
            .hasMessage(big + ": more than 50000 rows: refused (split the export, e.g. by"
                + " datacenter or cluster)");
        assertThat(lastProgress[0]).isLessThanOrEqualTo(InventoryLimits.MAX_ROWS);
    }

    @Test
    void anUnclosedQuoteDoesNotSwallowTheFile() throws IOException {
        Path big = dir.resolve("quote.csv");
        try (BufferedWriter out = Files.newBufferedWriter(big)) {
            out.write(Workbooks.HEADER + "\n\"web-01,poweredOn,False,2,4096,10240,1\n");
            for (int i = 0; i < 60_000; i++) {
                out.write("vm-" + i + ",poweredOn,False,2,4096,20480,10240\n");
            }
        }
        assertThat(importing(new RvToolsImporter(), big))
            .isEqualTo(big + ": row 2 is longer than 1048576 characters (an unclosed quote?)");
    }

    @Test
    void zipBombIsRefusedByTheInflateRatio() throws IOException {
        Path bomb = Workbooks.zipBomb(dir.resolve("bomb.xlsx"));
        assertThat(Files.size(bomb)).isLessThan(1 << 20);

        assertThat(importing(new RvToolsImporter(), bomb)).isEqualTo(bomb
            + ": refused: a part of the workbook expands more than 100 times (a zip bomb?)");
    }

    @Test
    void externalEntitiesInTheSheetAreRefused() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
        String doctype = "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        Path xxe = Workbooks.write(dir.resolve("xxe.xlsx"), Workbooks.sheet(doctype,
            Workbooks.HEADER + ",Application", "&xxe;,poweredOn,False,2,4096,10240,1,app"), null);

        String message = importing(new RvToolsImporter(), xxe);

        assertThat(message).isEqualTo(xxe + ": sheet vInfo declares a DOCTYPE (external entities"
            + " are refused): not a genuine export").doesNotContain("TOP-SECRET");
    }

    @Test
    void externalEntitiesInSharedStringsAreNeverResolved() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
        String strings = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE sst [<!ENTITY xxe"
            + " SYSTEM \"" + secret.toUri() + "\">]><sst xmlns=\"http://schemas.openxmlformats"
            + ".org/spreadsheetml/2006/main\"><si><t>&xxe;</t></si></sst>";
        String sheet = Workbooks.sheet("", Workbooks.HEADER + ",Application")
            .replace("</sheetData>", "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c>"
                + "<c r=\"B2\" t=\"inlineStr\"><is><t>poweredOn</t></is></c>"
                + "<c r=\"D2\"><v>2</v></c><c r=\"E2\"><v>4096</v></c>"
                + "<c r=\"F2\"><v>10240</v></c><c r=\"H2\" t=\"inlineStr\"><is><t>app</t></is>"
                + "</c></row></sheetData>");
        Path xxe = Workbooks.write(dir.resolve("xxe-strings.xlsx"), sheet, strings);

        String message = importing(new RvToolsImporter(), xxe);

        assertThat(message).isEqualTo(xxe + ": the workbook declares a DOCTYPE (external"
            + " entities are refused): not a genuine export").doesNotContain("TOP-SECRET");
    }

    @Test
    void adsRefusesAWorkbook() throws IOException {
        Path xlsx = Workbooks.write(dir.resolve("ads.xlsx"), Workbooks.sheet("",
            Workbooks.HEADER), null);
        assertThat(importing(new AdsImporter(), xlsx)).contains("is a CSV file");
    }
}
