package dev.envol.check;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Instance family knowledge: which families are a previous generation and what replaces them,
 * which x86 families have a Graviton (arm64) counterpart. Works for EC2 types ({@code m4.large}),
 * RDS classes ({@code db.m4.large}) and ElastiCache nodes ({@code cache.m4.large}) alike: the
 * successors are tried at the same size, and the cheapest one the catalog prices wins.
 */
final class InstanceFamilies {
    private InstanceFamilies() {
    }

    /** Previous generation -> current-generation x86 successors, preferred first. */
    private static final Map<String, List<String>> SUCCESSORS = Map.ofEntries(
        Map.entry("t1", List.of("t3")),
        Map.entry("t2", List.of("t3")),
        Map.entry("m1", List.of("m5")),
        Map.entry("m2", List.of("r5")),
        Map.entry("m3", List.of("m5", "m6i")),
        Map.entry("m4", List.of("m5", "m6i")),
        Map.entry("c1", List.of("c5")),
        Map.entry("c3", List.of("c5", "c6i")),
        Map.entry("c4", List.of("c5", "c6i")),
        Map.entry("r3", List.of("r5", "r6i")),
        Map.entry("r4", List.of("r5", "r6i")),
        Map.entry("i2", List.of("i3")),
        Map.entry("d2", List.of("d3")),
        Map.entry("g2", List.of("g4dn")),
        Map.entry("g3", List.of("g4dn")),
        Map.entry("p2", List.of("p3")));

    /** Current-generation x86 family -> Graviton families, preferred first. */
    private static final Map<String, List<String>> GRAVITON = Map.ofEntries(
        Map.entry("t3", List.of("t4g")),
        Map.entry("t3a", List.of("t4g")),
        Map.entry("m5", List.of("m6g", "m7g")),
        Map.entry("m5a", List.of("m6g", "m7g")),
        Map.entry("m6i", List.of("m6g", "m7g")),
        Map.entry("m6a", List.of("m6g", "m7g")),
        Map.entry("m7i", List.of("m7g")),
        Map.entry("c5", List.of("c6g", "c7g")),
        Map.entry("c5a", List.of("c6g", "c7g")),
        Map.entry("c6i", List.of("c6g", "c7g")),
        Map.entry("c6a", List.of("c6g", "c7g")),
        Map.entry("c7i", List.of("c7g")),
        Map.entry("r5", List.of("r6g", "r7g")),
        Map.entry("r5a", List.of("r6g", "r7g")),
        Map.entry("r6i", List.of("r6g", "r7g")),
        Map.entry("r6a", List.of("r6g", "r7g")),
        Map.entry("r7i", List.of("r7g")));

    /** An instance type split into prefix ({@code "", "db.", "cache."}), family and size. */
    record Parsed(String prefix, String family, String size) {
        String withFamily(String newFamily) {
            return prefix + newFamily + "." + size;
        }
    }

    static Optional<Parsed> parse(String instanceType) {
        String prefix = "";
        String rest = instanceType;
        for (String p : List.of("db.", "cache.")) {
            if (instanceType.startsWith(p)) {
                prefix = p;
                rest = instanceType.substring(p.length());
            }
        }
        int dot = rest.indexOf('.');
        if (dot <= 0 || dot == rest.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(prefix, rest.substring(0, dot), rest.substring(dot + 1)));
    }

    /** Same-size current-generation types for a previous-generation type; empty when current. */
    static List<String> successors(String instanceType) {
        return parse(instanceType)
            .map(p -> SUCCESSORS.getOrDefault(p.family(), List.of()).stream()
                .map(p::withFamily).toList())
            .orElse(List.of());
    }

    /** Same-size Graviton types for an x86 current-generation type; empty otherwise. */
    static List<String> gravitonAlternatives(String instanceType) {
        return parse(instanceType)
            .map(p -> GRAVITON.getOrDefault(p.family(), List.of()).stream()
                .map(p::withFamily).toList())
            .orElse(List.of());
    }
}
