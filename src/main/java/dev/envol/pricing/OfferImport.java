package dev.envol.pricing;

import dev.envol.model.InputException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * Imports an AWS Bulk API offer file (CSV: 5 metadata lines, the header, one row per price
 * dimension) into the price cache, streaming: memory holds a buffer and the terms of the current
 * product, never the file. Only the rows {@link ProductRules} prices are kept. The cache file is
 * replaced atomically at the end; a bad file changes nothing on disk.
 */
public final class OfferImport {
    private static final int PROGRESS_STEP = 16 << 20;
    private static final byte[] USD = "USD".getBytes(StandardCharsets.US_ASCII);

    /** What an import read and kept. */
    public record Result(Path cacheFile, String offerCode, LocalDate published, long rows,
                         int prices, long bytes) {
    }

    private final Path cacheDir;
    private final RefreshProgress progress;

    public OfferImport(Path cacheDir, RefreshProgress progress) {
        this.cacheDir = cacheDir;
        this.progress = progress == null ? RefreshProgress.QUIET : progress;
    }

    public Result run(Path offer) {
        long size;
        try {
            size = Files.size(offer);
        } catch (NoSuchFileException e) {
            throw new InputException(offer + ": no such file");
        } catch (IOException e) {
            throw new InputException(offer + ": cannot read (" + e.getMessage() + ")", e);
        }
        String stem = offer.getFileName().toString().replaceFirst("(?i)\\.csv$", "")
            .replaceAll("[^A-Za-z0-9._-]", "_");
        Path target = CacheDir.prices(cacheDir).resolve("import-" + stem + ".csv");
        Result[] result = new Result[1];
        try (InputStream in = Files.newInputStream(offer)) {
            AtomicFiles.write(target, out -> {
                BufferedWriter writer = new BufferedWriter(
                    new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                Reader reader = new Reader(new CsvRows(in), offer, size);
                result[0] = reader.read(writer, target);
                writer.flush();
                return result[0].prices() > 0;
            });
        } catch (IOException e) {
            throw new InputException(offer + ": cannot import (" + e.getMessage() + ")", e);
        }
        Result r = result[0];
        return r.prices() > 0 ? r : new Result(null, r.offerCode(), r.published(), r.rows(), 0,
            r.bytes());
    }

    /** One pass over one file. */
    private final class Reader {
        private final CsvRows rows;
        private final Path file;
        private final long size;
        private final Map<String, Integer> columns = new HashMap<>();

        Reader(CsvRows rows, Path file, long size) {
            this.rows = rows;
            this.file = file;
            this.size = size;
        }

        Result read(BufferedWriter writer, Path target) throws IOException {
            Map<String, String> meta = metadata();
            String offerCode = meta.getOrDefault("offercode", "");
            LocalDate published = published(meta.getOrDefault("publicationdate", ""));
            header();
            int sku = column("SKU");
            int termCode = column("OfferTermCode");
            int termType = column("TermType");
            int unit = column("Unit");
            int price = column("PricePerUnit");
            int currency = column("Currency");
            int begin = columns.getOrDefault("startingrange", -1);
            int lease = columns.getOrDefault("leasecontractlength", -1);
            int payment = columns.getOrDefault("purchaseoption", -1);
            int offering = columns.getOrDefault("offeringclass", -1);
            String source = "AWS offer file " + file.getFileName() + " (" + offerCode
                + ", published " + published + ")";
            PriceFile.Sink sink = new PriceFile.Sink(writer, "Envol price cache: " + source);
            TermAssembler terms = new TermAssembler();
            ProductRules.Attributes attributes = new ProductRules.Attributes() {
                @Override
                public String get(String name) {
                    Integer i = columns.get(name);
                    return i == null ? "" : rows.field(i);
                }

                @Override
                public boolean is(String name, String value) {
                    Integer i = columns.get(name);
                    return i == null ? value.isEmpty() : rows.fieldEquals(i, value);
                }
            };
            String currentSku = "";
            long dataRows = 0;
            long nextProgress = PROGRESS_STEP;
            while (next()) {
                if (rows.blank()) {
                    continue;
                }
                dataRows++;
                if (rows.size() != columns.size()) {
                    throw bad(rows.size() + " fields where the header has " + columns.size());
                }
                if (rows.bytes() >= nextProgress) {
                    progress.update((int) (rows.bytes() >> 20), (int) (size >> 20),
                        file.getFileName().toString(), sink.count());
                    nextProgress += PROGRESS_STEP;
                }
                if (!rows.fieldEquals(currency, USD)) {
                    continue;
                }
                ProductRules.Match match = ProductRules.match(offerCode, attributes, null);
                if (match == null || match.region() == null) {
                    continue; // not priced by Envol, or its attributes name no known region
                }
                String rowSku = rows.field(sku);
                if (!rowSku.equals(currentSku)) {
                    terms.drain(false, published, source, sink::add);
                    currentSku = rowSku;
                }
                BigDecimal usd;
                try {
                    usd = new BigDecimal(rows.field(price));
                } catch (NumberFormatException e) {
                    throw bad("PricePerUnit '" + rows.field(price) + "' is not a number");
                }
                terms.add(match, rowSku + "." + rows.field(termCode), rows.field(termType),
                    field(lease), field(payment), field(offering), rows.field(unit), usd,
                    field(begin));
            }
            terms.drain(true, published, source, sink::add);
            progress.update((int) (size >> 20), (int) (size >> 20),
                file.getFileName().toString(), sink.count());
            return new Result(target, offerCode, published, dataRows, sink.count(),
                rows.bytes());
        }

        private String field(int i) {
            return i < 0 ? "" : rows.field(i);
        }

        /** The 5 "name","value" lines before the header. */
        private Map<String, String> metadata() throws IOException {
            Map<String, String> meta = new HashMap<>();
            for (int line = 1; line <= 5; line++) {
                if (!next()) {
                    throw bad("the file ends in its metadata lines");
                }
                if (line == 1 && !rows.field(0).equals("FormatVersion")) {
                    throw bad("not an AWS offer file (it should start with \"FormatVersion\")");
                }
                meta.put(ProductRules.normalise(rows.field(0)), rows.field(1));
            }
            if (!meta.containsKey("offercode")) {
                throw bad("no \"OfferCode\" in the metadata lines");
            }
            return meta;
        }

        private void header() throws IOException {
            if (!next()) {
                throw bad("no header line after the metadata");
            }
            for (int i = 0; i < rows.size(); i++) {
                columns.putIfAbsent(ProductRules.normalise(rows.field(i)), i);
            }
        }

        private boolean next() throws IOException {
            try {
                return rows.next();
            } catch (IllegalArgumentException e) {
                throw new InputException(file + " line " + (rows.row() + 1) + ": "
                    + e.getMessage());
            }
        }

        private int column(String name) {
            Integer i = columns.get(ProductRules.normalise(name));
            if (i == null) {
                throw new InputException(file + " line 6: no \"" + name + "\" column in the header");
            }
            return i;
        }

        private LocalDate published(String text) {
            try {
                return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
            } catch (DateTimeParseException e) {
                throw new InputException(file + " line 3: \"Publication Date\" '" + text
                    + "' is not a date");
            }
        }

        private InputException bad(String what) {
            return new InputException(file + " line " + Math.max(1, rows.row()) + ": " + what);
        }
    }
}
