package dev.envol.pricing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The GetProducts queries (TERM_MATCH filters) of a refresh, per service and region: EC2, RDS
 * and ElastiCache by code (per OS, engine, deployment), every other service from the filters of
 * its row of {@link PricedServices}. The filters narrow what AWS sends; {@link ProductRules} still
 * decides what each returned product prices and where, so a server that ignores them does no harm.
 */
final class RefreshQueries {
    /** One GetProducts query: every filter must match. */
    record Query(String service, String region, String serviceCode, Map<String, String> filters,
                 String label) {
    }

    private RefreshQueries() {
    }

    static List<Query> of(String service, String region, List<String> instanceTypes) {
        List<Query> queries = new ArrayList<>();
        PricedServices.Row row = PricedServices.of(service);
        if (row == null) {
            throw new IllegalArgumentException("unknown service " + service);
        }
        String code = row.code();
        switch (service) {
            case "ec2" -> {
                for (String os : List.of("Linux", "Windows")) {
                    List<String> types = instanceTypes.isEmpty() ? java.util.Collections
                        .singletonList(null) : instanceTypes;
                    for (String type : types) {
                        Map<String, String> f = filters(region, "operatingSystem", os,
                            "tenancy", "Shared", "preInstalledSw", "NA", "capacitystatus", "Used",
                            "licenseModel", "No License required");
                        if (type != null) {
                            f.put("instanceType", type);
                        }
                        queries.add(new Query(service, region, code, f,
                            "ec2 " + os + (type == null ? "" : " " + type) + " " + region));
                    }
                }
            }
            case "rds" -> {
                for (String engine : List.of("MySQL", "PostgreSQL", "MariaDB")) {
                    for (String deployment : List.of("Single-AZ", "Multi-AZ")) {
                        queries.add(new Query(service, region, code, filters(region,
                            "productFamily", "Database Instance", "databaseEngine", engine,
                            "deploymentOption", deployment),
                            "rds " + engine + " " + deployment + " " + region));
                    }
                }
                // gp2 storage costs the same for every engine: MySQL's products give it
                queries.add(new Query(service, region, code, filters(region,
                    "productFamily", "Database Storage", "volumeType", "General Purpose",
                    "databaseEngine", "MySQL"), "rds storage gp2 " + region));
                queries.add(new Query(service, region, code, filters(region,
                    "productFamily", "Database Storage", "volumeType", "General Purpose-GP3"),
                    "rds storage gp3 " + region));
            }
            case "elasticache" -> {
                for (String engine : List.of("Redis", "Memcached", "Valkey")) {
                    queries.add(new Query(service, region, code, filters(region,
                        "productFamily", "Cache Instance", "cacheEngine", engine),
                        "elasticache " + engine + " " + region));
                }
            }
            default -> {
                if (row.queries().isEmpty()) {
                    throw new IllegalArgumentException("unknown service " + service);
                }
                boolean global = ServiceRules.GLOBAL.contains(service);
                for (PricedServices.Filters def : row.queries()) {
                    Map<String, String> f = global ? new LinkedHashMap<>() : filters(region);
                    List<String> pairs = def.pairs();
                    for (int i = 0; i < pairs.size(); i += 2) {
                        f.put(pairs.get(i), pairs.get(i + 1));
                    }
                    queries.add(new Query(service, region, code, f,
                        service + " " + def.label() + " " + (global ? "(global)" : region)));
                }
            }
        }
        return queries;
    }

    private static Map<String, String> filters(String region, String... pairs) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("regionCode", region);
        for (int i = 0; i < pairs.length; i += 2) {
            filters.put(pairs[i], pairs[i + 1]);
        }
        return filters;
    }

    /** The Price List endpoint region for {@code region}: the API lives in three regions only. */
    static String endpointRegion(String region) {
        if (region.startsWith("eu-") || region.startsWith("me-") || region.startsWith("af-")
            || region.startsWith("il-")) {
            return "eu-central-1";
        }
        if (region.startsWith("ap-")) {
            return "ap-south-1";
        }
        return "us-east-1";
    }
}
