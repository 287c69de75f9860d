package dev.envol.imports;

import dev.envol.imports.Columns.Column;
import dev.envol.model.InputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The AWS Application Discovery Service CSV import template: one server per row, sized from its
 * peak CPU ({@code CPU.UsagePct.Max}, else the average) and peak memory
 * ({@code RAM.UsedSizeInMB.Max} over {@code RAM.TotalSizeInMB}) when present. The template has
 * no disk sizes, so no EBS is sized from it.
 */
public final class AdsImporter implements Importer {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String format() {
        return "ads";
    }

    @Override
    public ImportResult importFile(Path file, ImportOptions options) {
        InventoryFiles.check(file);
        if (InventoryFiles.isZip(file)) {
            throw new InputException(file + ": a zip or xlsx file; the discovery import template"
                + " is a CSV file");
        }
        Reader reader = new Reader(file.toString(), options);
        try {
            new CsvTableReader(file.toString()).read(file, reader);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read the file: " + e.getMessage(), e);
        }
        if (reader.servers.isEmpty()) {
            throw new InputException(file + ": no server rows under the header");
        }
        return new ProjectAssembler(file, format(), options).assemble(reader.servers, List.of());
    }

    /** Reads the template rows as they stream. */
    private static final class Reader implements TableVisitor {
        private final String where;
        private final ImportOptions options;
        private final RowCounter counter;
        final List<InventoryServer> servers = new ArrayList<>();
        private Columns columns;
        private Column name;
        private Column logical;
        private Column cores;
        private Column processors;
        private Column ram;
        private Column ramUsed;
        private Column cpuUsage;
        private Column osName;
        private Column osVersion;
        private Column application;
        private Column tags;

        Reader(String where, ImportOptions options) {
            this.where = where;
            this.options = options;
            this.counter = new RowCounter(where, options.progress());
        }

        @Override
        public void header(List<String> names) {
            columns = new Columns(where, names);
            name = columns.require("HostName", "VMware.VMName", "ExternalId");
            logical = columns.find("CPU.NumberOfLogicalCores").orElse(null);
            cores = columns.find("CPU.NumberOfCores").orElse(null);
            processors = columns.find("CPU.NumberOfProcessors").orElse(null);
            if (logical == null && cores == null && processors == null) {
                columns.require("CPU.NumberOfLogicalCores", "CPU.NumberOfCores",
                    "CPU.NumberOfProcessors");
            }
            ram = columns.require("RAM.TotalSizeInMB");
            ramUsed = columns.find("RAM.UsedSizeInMB.Max", "RAM.UsedSizeInMB.Avg").orElse(null);
            cpuUsage = columns.find("CPU.UsagePct.Max", "CPU.UsagePct.Avg").orElse(null);
            osName = columns.find("OS.Name").orElse(null);
            osVersion = columns.find("OS.Version").orElse(null);
            application = options.applicationColumn() != null
                ? columns.require(options.applicationColumn())
                : columns.find("Applications", "Application").orElse(null);
            tags = columns.find("Tags").orElse(null);
        }

        @Override
        public void row(SheetRow row) {
            counter.next();
            String server = columns.text(row, name);
            if (server.isEmpty()) {
                throw new InputException(where + ", row " + row.number() + ", column \""
                    + name.name() + "\": empty, a server name is required");
            }
            BigDecimal memoryMib = columns.requiredNumber(row, ram);
            BigDecimal cpuPct = percent(row, cpuUsage, columns.number(row, cpuUsage));
            BigDecimal memPct = null;
            BigDecimal usedMib = columns.number(row, ramUsed);
            if (usedMib != null && memoryMib.signum() > 0) {
                memPct = percent(row, ramUsed, usedMib.multiply(HUNDRED)
                    .divide(memoryMib, 2, RoundingMode.HALF_UP));
            }
            String os = (columns.text(row, osName) + " " + columns.text(row, osVersion)).trim();
            servers.add(new InventoryServer(server, applicationOf(row), cpus(row), memoryMib,
                null, null, os.isEmpty() ? null : os, cpuPct, memPct, tags(row)));
        }

        private int cpus(SheetRow row) {
            if (logical != null && !columns.text(row, logical).isEmpty()) {
                return columns.requiredWhole(row, logical);
            }
            int perSocket = cores == null || columns.text(row, cores).isEmpty() ? 0
                : columns.requiredWhole(row, cores);
            int sockets = processors == null || columns.text(row, processors).isEmpty() ? 0
                : columns.requiredWhole(row, processors);
            int count = perSocket > 0 ? perSocket * Math.max(1, sockets) : sockets;
            if (count <= 0) {
                Column c = logical != null ? logical : cores != null ? cores : processors;
                throw new InputException(where + ", row " + row.number() + ", column \""
                    + c.name() + "\": no CPU count");
            }
            return count;
        }

        private BigDecimal percent(SheetRow row, Column column, BigDecimal value) {
            if (value != null && value.compareTo(HUNDRED) > 0) {
                throw columns.wrong(row, column, columns.text(row, column),
                    "more than 100% of the server");
            }
            return value;
        }

        private String applicationOf(SheetRow row) {
            String value = columns.text(row, application);
            int cut = value.indexOf(';');
            return cut < 0 ? value : value.substring(0, cut).trim();
        }

        /** "env:prod;dc:paris" -> {env=prod, dc=paris}. */
        private Map<String, String> tags(SheetRow row) {
            Map<String, String> map = new LinkedHashMap<>();
            for (String pair : columns.text(row, tags).split(";")) {
                int colon = pair.indexOf(':');
                if (colon > 0 && colon < pair.length() - 1) {
                    map.put(pair.substring(0, colon).trim(), pair.substring(colon + 1).trim());
                }
            }
            return map;
        }
    }
}
