package dev.envol.pricing;

import dev.envol.model.InputException;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The local price cache: one {@link PriceFile} per refresh (service and region) or imported offer
 * file, under {@code CACHE/prices/}. Files are replaced atomically, so a failed refresh or import
 * leaves the previous prices in place.
 */
public final class PriceCache {
    private final Path dir;

    public PriceCache(Path cacheDir) {
        this.dir = CacheDir.prices(cacheDir);
    }

    public Path dir() {
        return dir;
    }

    /** Every cached entry (none when the cache is empty or absent). */
    public List<PriceEntry> readAll() {
        List<PriceEntry> entries = new ArrayList<>();
        for (Path file : files()) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                entries.addAll(PriceFile.read(in, file.toString()));
            } catch (IOException e) {
                throw new InputException("cannot read the price cache file " + file + ": "
                    + e.getMessage(), e);
            }
        }
        return entries;
    }

    /** The price files, sorted by name. */
    public List<Path> files() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces (atomically) the cache file {@code name} with {@code entries}. */
    public Path write(String name, String header, List<PriceEntry> entries) throws IOException {
        Path target = dir.resolve(name);
        AtomicFiles.write(target, out -> {
            BufferedWriter writer = new BufferedWriter(
                new OutputStreamWriter(out, StandardCharsets.UTF_8));
            PriceFile.write(writer, header, entries);
            writer.flush();
            return true;
        });
        return target;
    }
}
