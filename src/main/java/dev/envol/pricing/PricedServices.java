package dev.envol.pricing;

import static dev.envol.pricing.ProductReader.ALB;
import static dev.envol.pricing.ProductReader.EBS;
import static dev.envol.pricing.ProductReader.EC2;
import static dev.envol.pricing.ProductReader.ELASTICACHE;
import static dev.envol.pricing.ProductReader.NAT_GATEWAY;
import static dev.envol.pricing.ProductReader.RDS;
import static dev.envol.pricing.ProductReader.S3;
import static dev.envol.pricing.ProductReader.USAGE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The services Envol prices, one row each: the one table from an Envol service (the name cost
 * rules and the catalog use) to its AWS Price List service code, the other names the shared price
 * data gives it, how its products are read and which products a refresh asks for. The Price List
 * refresh ({@link RefreshQueries}), the readers of products ({@link ProductRules}, shared by the
 * refresh and the offer import) and the generator of the embedded catalog (test sources,
 * {@code tools.UnitPriceRules}) all read it, so that they agree.
 *
 * <p>Adding a service: add its row here (service, AWS service code, the names the shared data
 * uses for it, its {@link ProductReader} and the GetProducts filters that select its products);
 * then its items: usage types in {@link UsageProducts} for a service priced by usage, item
 * patterns of the shared data in {@code tools.UnitPriceRules}, options and defaults in
 * {@link ServiceRules}. Those stay per item (a service has several keys, each found by an AWS
 * usage type or by the words of a data row), not per service.
 *
 * <p>Several services may share a code (EBS and NAT gateways live in the EC2 offer, Lambda@Edge
 * in Lambda's): a product of that code is offered to each distinct reader of those rows, in row
 * order, and the first that prices it wins; a bare code in the shared data names the code's
 * first row ({@code AmazonEC2} is ec2, {@code AWSLambda} is lambda).
 */
public final class PricedServices {
    /** GetProducts TERM_MATCH filters: a label for progress, then field/value pairs in order. */
    record Filters(String label, List<String> pairs) {
    }

    /**
     * One service.
     *
     * @param service the Envol service: catalog entries, cost rules, {@code --services}
     * @param code    its AWS Price List service code ({@code servicecode}, {@code OfferCode})
     * @param names   other names of the service in the shared price data, lower case (its own
     *                name and its code, lower case, are names too)
     * @param reader  how its products are read; null when Envol prices it from the shared data
     *                only (no refresh, no offer import)
     * @param queries the refresh's GetProducts queries, each selecting exactly the products
     *                Envol prices (regional services also filter on {@code regionCode}; global
     *                ones are asked once for the world); empty for EC2, RDS and ElastiCache,
     *                which {@link RefreshQueries} asks per OS, engine and deployment
     */
    record Row(String service, String code, List<String> names, ProductReader reader,
               List<Filters> queries) {
        Row query(String label, String... pairs) {
            List<Filters> more = new ArrayList<>(queries);
            more.add(new Filters(label, List.of(pairs)));
            return new Row(service, code, names, reader, List.copyOf(more));
        }
    }

    static final List<Row> ROWS = List.of(
        row("ec2", "AmazonEC2", EC2),
        row("rds", "AmazonRDS", RDS),
        row("elasticache", "AmazonElastiCache", ELASTICACHE),
        row("s3", "AmazonS3", S3)
            .query("storage", "productFamily", "Storage", "volumeType", "Standard")
            .query("requests", "productFamily", "API Request"),
        row("ebs", "AmazonEC2", EBS)
            .query("gp3", "productFamily", "Storage", "volumeApiName", "gp3"),
        row("nat-gateway", "AmazonEC2", NAT_GATEWAY, "vpc/nat gateway")
            .query("gateway", "productFamily", "NAT Gateway"),
        row("alb", "AWSELB", ALB, "elb")
            .query("application", "productFamily", "Load Balancer-Application"),
        row("lambda", "AWSLambda", USAGE)
            .query("x86 and arm64", "productFamily", "Serverless"),
        row("lambda-edge", "AWSLambda", USAGE, "lambda@edge")
            .query("edge", "productFamily", "Serverless", "regionCode", "us-east-1"),
        row("efs", "AmazonEFS", USAGE)
            .query("Standard storage", "productFamily", "Storage", "storageClass",
                "General Purpose"),
        row("sqs", "AWSQueueService", USAGE).query("requests", "productFamily", "API Request"),
        row("dynamodb", "AmazonDynamoDB", USAGE)
            .query("on-demand requests", "productFamily",
                "Amazon DynamoDB PayPerRequest Throughput")
            .query("storage", "productFamily", "Database Storage"),
        row("cloudwatch", "AmazonCloudWatch", USAGE)
            .query("metrics", "productFamily", "Metric")
            .query("alarms", "productFamily", "Alarm")
            .query("logs ingestion", "productFamily", "Data Payload")
            .query("logs storage", "productFamily", "Storage Snapshot"),
        row("cloudfront", "AmazonCloudFront", USAGE)
            .query("Europe data out", "usagetype", "EU-DataTransfer-Out-Bytes")
            .query("Europe HTTPS requests", "usagetype", "EU-Requests-Tier2-HTTPS"),
        row("route53", "AmazonRoute53", USAGE, "route 53")
            .query("hosted zones", "productFamily", "DNS Zone")
            .query("queries", "productFamily", "DNS Query"),
        row("waf", "awswaf", USAGE)
            .query("web ACLs, rules, requests", "productFamily", "Web Application Firewall"),
        row("kms", "awskms", USAGE).query("keys and requests", "productFamily", "Encryption Key"),
        row("secrets-manager", "AWSSecretsManager", USAGE, "secrets manager")
            .query("secrets and API calls", "productFamily", "Secret"),
        row("fargate", "AmazonECS", USAGE, "ecs fargate")
            .query("Linux vCPU and GB", "productFamily", "Compute", "operatingSystem", "Linux"),
        row("apigateway", "AmazonApiGateway", USAGE, "api gateway")
            .query("HTTP API", "productFamily", "API Calls", "operation", "ApiGatewayHttpApi"),
        row("vpc", "AmazonVPC", USAGE)
            .query("public IPv4", "productFamily", "VPC Public IPv4 Address", "group",
                "VPCPublicIPv4Address"),
        row("shield-advanced", "AWSShield", null, "shield advanced"),
        row("data-transfer", "AWSDataTransfer", null, "data transfer"));

    private static final Map<String, Row> BY_SERVICE = new HashMap<>();
    private static final Map<String, List<ProductReader>> READERS = new HashMap<>();
    private static final Map<String, String> BY_NAME = new HashMap<>();
    /** Services a refresh or an offer import can fill, sorted. */
    static final Set<String> REFRESHABLE;

    static {
        Set<String> refreshable = new TreeSet<>();
        Map<String, Set<ProductReader>> readers = new LinkedHashMap<>();
        for (Row row : ROWS) {
            BY_SERVICE.put(row.service(), row);
            BY_NAME.putIfAbsent(row.service(), row.service());
            BY_NAME.putIfAbsent(lower(row.code()), row.service());
            row.names().forEach(name -> BY_NAME.put(name, row.service()));
            if (row.reader() != null) {
                refreshable.add(row.service());
                readers.computeIfAbsent(row.code(), c -> new LinkedHashSet<>()).add(row.reader());
            }
        }
        readers.forEach((code, set) -> READERS.put(code, List.copyOf(set)));
        REFRESHABLE = Collections.unmodifiableSet(refreshable);
    }

    private PricedServices() {
    }

    private static Row row(String service, String code, ProductReader reader, String... names) {
        return new Row(service, code, List.of(names), reader, List.of());
    }

    /**
     * The Envol service a name of the shared price data means: an AWS service code or a plain
     * name ({@code AmazonRoute53}, {@code Route 53}), any case; null when no row names it.
     */
    public static String named(String name) {
        return BY_NAME.get(lower(name.trim()));
    }

    /** The row of an Envol service, or null. */
    static Row of(String service) {
        return BY_SERVICE.get(service);
    }

    /** The AWS service code of an Envol service of the table. */
    static String code(String service) {
        return BY_SERVICE.get(service).code();
    }

    /** The readers of the products of an AWS service code, in row order (none when unknown). */
    static List<ProductReader> readers(String serviceCode) {
        return READERS.getOrDefault(serviceCode, List.of());
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
