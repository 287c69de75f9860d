package dev.envol.pricing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The GetProducts queries (TERM_MATCH filters) of a refresh, per service and region. */
final class RefreshQueries {
    /** One GetProducts query: every filter must match. */
    record Query(String service, String region, String serviceCode, Map<String, String> filters,
                 String label) {
    }

    private RefreshQueries() {
    }

    static List<Query> of(String service, String region, List<String> instanceTypes) {
        List<Query> queries = new ArrayList<>();
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
                        queries.add(new Query(service, region, "AmazonEC2", f,
                            "ec2 " + os + (type == null ? "" : " " + type) + " " + region));
                    }
                }
            }
            case "rds" -> {
                for (String engine : List.of("MySQL", "PostgreSQL", "MariaDB")) {
                    for (String deployment : List.of("Single-AZ", "Multi-AZ")) {
                        queries.add(new Query(service, region, "AmazonRDS", filters(region,
                            "productFamily", "Database Instance", "databaseEngine", engine,
                            "deploymentOption", deployment),
                            "rds " + engine + " " + deployment + " " + region));
                    }
                }
                // gp2 storage costs the same for every engine: MySQL's products give it
                queries.add(new Query(service, region, "AmazonRDS", filters(region,
                    "productFamily", "Database Storage", "volumeType", "General Purpose",
                    "databaseEngine", "MySQL"), "rds storage " + region));
            }
            case "elasticache" -> {
                for (String engine : List.of("Redis", "Memcached", "Valkey")) {
                    queries.add(new Query(service, region, "AmazonElastiCache", filters(region,
                        "productFamily", "Cache Instance", "cacheEngine", engine),
                        "elasticache " + engine + " " + region));
                }
            }
            case "s3" -> {
                queries.add(new Query(service, region, "AmazonS3", filters(region,
                    "productFamily", "Storage", "volumeType", "Standard"), "s3 storage " + region));
                queries.add(new Query(service, region, "AmazonS3", filters(region,
                    "productFamily", "API Request"), "s3 requests " + region));
            }
            case "ebs" -> queries.add(new Query(service, region, "AmazonEC2", filters(region,
                "productFamily", "Storage", "volumeApiName", "gp3"), "ebs gp3 " + region));
            case "nat-gateway" -> queries.add(new Query(service, region, "AmazonEC2",
                filters(region, "productFamily", "NAT Gateway"), "nat-gateway " + region));
            case "alb" -> queries.add(new Query(service, region, "AWSELB", filters(region,
                "productFamily", "Load Balancer-Application"), "alb " + region));
            case "cloudfront" -> {
                // global: the European edge's data transfer out, every tier
                Map<String, String> f = new LinkedHashMap<>();
                f.put("transferType", "CloudFront Outbound");
                f.put("fromLocation", "Europe");
                queries.add(new Query(service, region, "AmazonCloudFront", f,
                    "cloudfront data-out Europe"));
            }
            case "lambda" -> queries.add(new Query(service, region, "AWSLambda", filters(region,
                "productFamily", "Serverless"), "lambda " + region));
            default -> throw new IllegalArgumentException("unknown service " + service);
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
