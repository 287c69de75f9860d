package dev.envol.bench;

import dev.envol.imports.ImportOptions;
import dev.envol.imports.ImportResult;
import dev.envol.imports.RvToolsImporter;
import dev.envol.pricing.PriceCatalogs;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing a generated 10,000-VM RVTools export (vInfo with the RVTools 4.x columns, written
 * with POI SXSSF in setup), as xlsx and as the same sheet in CSV: read, right-size, build the
 * model (budget: under 5 s). The heap is capped at 512 MB to show reading streams.
 * Run: {@code mvn -o -Pbench -DskipTests verify -Dbench=ImportBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ImportBenchmark {
    static final int VMS = 10_000;
    static final List<String> HEADER = List.of("VM", "Powerstate", "Template", "DNS Name", "CPUs",
        "Memory", "NICs", "Disks", "Total disk capacity MiB", "Primary IP Address", "Network #1",
        "Resource pool", "Folder", "Provisioned MiB", "In Use MiB", "Annotation", "Datacenter",
        "Cluster", "Host", "OS according to the configuration file",
        "OS according to the VMware Tools", "VM ID", "VM UUID", "Application");
    private static final int[][] SIZES = {{2, 4096}, {2, 8192}, {4, 8192}, {4, 16384},
        {8, 16384}, {8, 32768}, {16, 65536}, {4, 32768}, {32, 131072}};

    private Path dir;
    private Path xlsx;
    private Path csv;
    private ImportOptions options;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("envol-import-bench");
        xlsx = dir.resolve("rvtools-10000.xlsx");
        csv = dir.resolve("vInfo-10000.csv");
        List<List<Object>> rows = rows(new Random(42));
        writeXlsx(rows);
        writeCsv(rows);
        options = new ImportOptions("eu-west-3", null, null, PriceCatalogs.embedded(), null);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(xlsx);
        Files.deleteIfExists(csv);
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public ImportResult importXlsx() {
        return new RvToolsImporter().importFile(xlsx, options);
    }

    @Benchmark
    public ImportResult importCsv() {
        return new RvToolsImporter().importFile(csv, options);
    }

    /** 500 applications of ~20 VMs; 2% templates, 5% powered off, 10% Windows. */
    static List<List<Object>> rows(Random random) {
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < VMS; i++) {
            int app = random.nextInt(500);
            int[] size = SIZES[(app + random.nextInt(3)) % SIZES.length];
            boolean windows = app % 10 == 0;
            boolean template = random.nextInt(50) == 0;
            boolean off = random.nextInt(20) == 0;
            long provisioned = 40_960L * (1 + random.nextInt(20));
            String os = windows ? "Microsoft Windows Server 2019 (64-bit)"
                : "Red Hat Enterprise Linux 8 (64-bit)";
            rows.add(List.of(String.format("app%03d-vm-%05d", app, i),
                off || template ? "poweredOff" : "poweredOn", template ? "True" : "False",
                "vm-" + i + ".dc.example", size[0], size[1], 1, 2, provisioned,
                "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255), "VLAN-100",
                "/Resources/Prod", "/Prod/app-" + app, provisioned,
                provisioned / 2 + random.nextInt(1000), "Owner: team-" + app,
                "DC-" + (i % 2), "CL-" + (i % 16), "esx" + (i % 200) + ".dc.example", os,
                template ? "" : os.replace(" (64-bit)", ""), "vm-" + (1000 + i),
                "5010" + i + "-aaaa-bbbb-cccc", "application-" + app));
        }
        return rows;
    }

    private void writeXlsx(List<List<Object>> rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
             OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = workbook.createSheet("vInfo");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue((String) v);
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private void writeCsv(List<List<Object>> rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(csv)) {
            out.write(String.join(",", HEADER));
            out.newLine();
            for (List<Object> row : rows) {
                out.write(String.join(",", row.stream().map(String::valueOf).toList()));
                out.newLine();
            }
        }
    }
}
