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
        return readContents().entries();
    }

    /** Every cached entry and volume tier. */
    public PriceFile.Contents readContents() {
        List<PriceEntry> entries = new ArrayList<>();
        List<TierEntry> tiers = new ArrayList<>();
        for (Path file : files()) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                PriceFile.Contents contents = PriceFile.readAll(in, file.toString());
                entries.addAll(contents.entries());
                tiers.addAll(contents.tiers());
            } catch (IOException e) {
                throw new InputException("cannot read the price cache file " + file + ": "
                    + e.getMessage(), e);
            }
        }
        return new PriceFile.Contents(entries, tiers);
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
        return write(name, header, entries, List.of());
    }

    /** Replaces (atomically) the cache file {@code name} with {@code entries} and {@code tiers}. */
    public Path write(String name, String header, List<PriceEntry> entries,
                      List<TierEntry> tiers) throws IOException {
        Path target = dir.resolve(name);
        AtomicFiles.write(target, out -> {
            BufferedWriter writer = new BufferedWriter(
                new OutputStreamWriter(out, StandardCharsets.UTF_8));
            PriceFile.write(writer, header, entries, tiers);
            writer.flush();
            return true;
        });
        return target;
    }
}
