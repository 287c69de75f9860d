package dev.envol.pricing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The GetProducts queries (TERM_MATCH filters) of a refresh, per service and region: EC2, RDS
 * and ElastiCache by code (per OS, engine, deployment), every other service from one small table
 * of filters ({@link #FILTERS}). The filters narrow what AWS sends; {@link ProductRules} still
 * decides what each returned product prices and where, so a server that ignores them does no harm.
 */
final class RefreshQueries {
    /** One GetProducts query: every filter must match. */
    record Query(String service, String region, String serviceCode, Map<String, String> filters,
                 String label) {
    }

    /**
     * The queries of the services priced by usage: AWS service code, a label, then the
     * TERM_MATCH field/value pairs that select exactly the products Envol prices (regional
     * services also filter on {@code regionCode}; global ones are asked once for the world).
     */
    private static final Map<String, List<String[]>> FILTERS = Map.ofEntries(
        Map.entry("s3", List.of(
            new String[] {"AmazonS3", "storage", "productFamily", "Storage",
                "volumeType", "Standard"},
            new String[] {"AmazonS3", "requests", "productFamily", "API Request"})),
        Map.entry("ebs", List.<String[]>of(new String[] {"AmazonEC2", "gp3",
            "productFamily", "Storage", "volumeApiName", "gp3"})),
        Map.entry("nat-gateway", List.<String[]>of(new String[] {"AmazonEC2", "gateway",
            "productFamily", "NAT Gateway"})),
        Map.entry("alb", List.<String[]>of(new String[] {"AWSELB", "application",
            "productFamily", "Load Balancer-Application"})),
        Map.entry("lambda", List.<String[]>of(new String[] {"AWSLambda", "x86 and arm64",
            "productFamily", "Serverless"})),
        Map.entry("lambda-edge", List.<String[]>of(new String[] {"AWSLambda", "edge",
            "productFamily", "Serverless", "regionCode", "us-east-1"})),
        Map.entry("efs", List.<String[]>of(new String[] {"AmazonEFS", "Standard storage",
            "productFamily", "Storage", "storageClass", "General Purpose"})),
        Map.entry("sqs", List.<String[]>of(new String[] {"AWSQueueService", "requests",
            "productFamily", "API Request"})),
        Map.entry("dynamodb", List.of(
            new String[] {"AmazonDynamoDB", "on-demand requests",
                "productFamily", "Amazon DynamoDB PayPerRequest Throughput"},
            new String[] {"AmazonDynamoDB", "storage", "productFamily", "Database Storage"})),
        Map.entry("cloudwatch", List.of(
            new String[] {"AmazonCloudWatch", "metrics", "productFamily", "Metric"},
            new String[] {"AmazonCloudWatch", "alarms", "productFamily", "Alarm"},
            new String[] {"AmazonCloudWatch", "logs ingestion", "productFamily", "Data Payload"},
            new String[] {"AmazonCloudWatch", "logs storage", "productFamily", "Storage Snapshot"})),
        Map.entry("cloudfront", List.of(
            new String[] {"AmazonCloudFront", "Europe data out",
                "usagetype", "EU-DataTransfer-Out-Bytes"},
            new String[] {"AmazonCloudFront", "Europe HTTPS requests",
                "usagetype", "EU-Requests-Tier2-HTTPS"})),
        Map.entry("route53", List.of(
            new String[] {"AmazonRoute53", "hosted zones", "productFamily", "DNS Zone"},
            new String[] {"AmazonRoute53", "queries", "productFamily", "DNS Query"})),
        Map.entry("waf", List.<String[]>of(new String[] {"awswaf", "web ACLs, rules, requests",
            "productFamily", "Web Application Firewall"})),
        Map.entry("kms", List.<String[]>of(new String[] {"awskms", "keys and requests",
            "productFamily", "Encryption Key"})),
        Map.entry("secrets-manager", List.<String[]>of(new String[] {"AWSSecretsManager",
            "secrets and API calls", "productFamily", "Secret"})),
        Map.entry("fargate", List.<String[]>of(new String[] {"AmazonECS", "Linux vCPU and GB",
            "productFamily", "Compute", "operatingSystem", "Linux"})),
        Map.entry("apigateway", List.<String[]>of(new String[] {"AmazonApiGateway", "HTTP API",
            "productFamily", "API Calls", "operation", "ApiGatewayHttpApi"})),
        Map.entry("vpc", List.<String[]>of(new String[] {"AmazonVPC", "public IPv4",
            "productFamily", "VPC Public IPv4 Address", "group", "VPCPublicIPv4Address"})));

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
                    "databaseEngine", "MySQL"), "rds storage gp2 " + region));
                queries.add(new Query(service, region, "AmazonRDS", filters(region,
                    "productFamily", "Database Storage", "volumeType", "General Purpose-GP3"),
                    "rds storage gp3 " + region));
            }
            case "elasticache" -> {
                for (String engine : List.of("Redis", "Memcached", "Valkey")) {
                    queries.add(new Query(service, region, "AmazonElastiCache", filters(region,
                        "productFamily", "Cache Instance", "cacheEngine", engine),
                        "elasticache " + engine + " " + region));
                }
            }
            default -> {
                List<String[]> defs = FILTERS.get(service);
                if (defs == null) {
                    throw new IllegalArgumentException("unknown service " + service);
                }
                boolean global = ServiceRules.GLOBAL.contains(service);
                for (String[] def : defs) {
                    Map<String, String> f = global ? new LinkedHashMap<>() : filters(region);
                    for (int i = 2; i < def.length; i += 2) {
                        f.put(def[i], def[i + 1]);
                    }
                    queries.add(new Query(service, region, def[0], f,
                        service + " " + def[1] + " " + (global ? "(global)" : region)));
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
