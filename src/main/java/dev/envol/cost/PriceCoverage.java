package dev.envol.cost;

import dev.envol.pricing.Price;
import dev.envol.pricing.PriceCatalog;
import dev.envol.pricing.PriceEntry;
import dev.envol.pricing.PriceQuery;
import dev.envol.pricing.PriceResult;
import dev.envol.pricing.Unpriced;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Which price items of each AWS component type a catalog has in one region: the items are the
 * ones the cost rules ask for (a per-type table kept next to {@link CostRules}); an instance
 * item (EC2 hours, RDS classes...) is covered by how many types the region prices. Users pick a
 * region with it ({@code prices coverage}).
 */
public final class PriceCoverage {
    /**
     * One item of one type.
     *
     * @param priced  for an instance item, how many instance/node types have a price (else 1/0)
     * @param source  the price's source (the newest, for instance items), or the reason missing
     */
    public record Item(String type, String item, String service, String key, String options,
                       int priced, String source, LocalDate asOf) {
        public boolean covered() {
            return priced > 0;
        }
    }

    private record Spec(String type, String item, String service, String key,
                        Map<String, String> options) {
    }

    private static final String ANY = "*";

    private static final List<Spec> ITEMS = List.of(
        s("aws.ec2", "instance hours, Linux", "ec2", ANY, "os", "linux"),
        s("aws.ec2", "instance hours, Windows (License Included)", "ec2", ANY, "os", "windows"),
        s("aws.ec2", "EBS gp3 storage", "ebs", "gp3"),
        s("aws.asg", "instance hours, Linux", "ec2", ANY, "os", "linux"),
        s("aws.fargate", "vCPU-hours (x86_64)", "fargate", "vcpu-hour", "arch", "x86_64"),
        s("aws.fargate", "GB-hours (x86_64)", "fargate", "gb-hour", "arch", "x86_64"),
        s("aws.fargate", "vCPU-hours (arm64)", "fargate", "vcpu-hour", "arch", "arm64"),
        s("aws.fargate", "GB-hours (arm64)", "fargate", "gb-hour", "arch", "arm64"),
        s("aws.alb", "load balancer hours", "alb", "hour"),
        s("aws.alb", "LCU-hours", "alb", "lcu-hour"),
        s("aws.public-ipv4", "address hours", "vpc", "public-ipv4"),
        s("aws.cloudfront", "data transfer out (Europe)", "cloudfront", "data-out"),
        s("aws.cloudfront", "HTTPS requests (Europe)", "cloudfront", "https-request"),
        s("aws.lambda-edge", "requests", "lambda-edge", "request"),
        s("aws.lambda-edge", "GB-seconds", "lambda-edge", "gb-second"),
        s("aws.route53", "hosted zones", "route53", "hosted-zone"),
        s("aws.route53", "queries", "route53", "query"),
        s("aws.waf", "web ACLs", "waf", "web-acl"),
        s("aws.waf", "rules", "waf", "rule"),
        s("aws.waf", "requests", "waf", "request"),
        s("aws.shield-advanced", "subscription", "shield-advanced", "subscription"),
        s("aws.shield-advanced", "data transfer out", "shield-advanced", "data-out"),
        s("aws.s3", "Standard storage", "s3", "storage-standard"),
        s("aws.s3", "PUT/COPY/POST/LIST requests", "s3", "put-request"),
        s("aws.s3", "GET requests", "s3", "get-request"),
        s("aws.ebs", "gp3 storage", "ebs", "gp3"),
        s("aws.efs", "Standard storage", "efs", "storage-standard"),
        s("aws.rds", "instance hours, MySQL", "rds", ANY, "engine", "mysql"),
        s("aws.rds", "instance hours, PostgreSQL", "rds", ANY, "engine", "postgresql"),
        s("aws.rds", "instance hours, MariaDB", "rds", ANY, "engine", "mariadb"),
        s("aws.rds", "gp2 storage, Single-AZ", "rds", "storage-gp2", "deployment", "single-az"),
        s("aws.rds", "gp2 storage, Multi-AZ", "rds", "storage-gp2", "deployment", "multi-az"),
        s("aws.rds", "gp3 storage, Single-AZ", "rds", "storage-gp3", "deployment", "single-az"),
        s("aws.rds", "gp3 storage, Multi-AZ", "rds", "storage-gp3", "deployment", "multi-az"),
        s("aws.elasticache", "node hours, Redis", "elasticache", ANY, "engine", "redis"),
        s("aws.elasticache", "node hours, Memcached", "elasticache", ANY, "engine", "memcached"),
        s("aws.elasticache", "node hours, Valkey", "elasticache", ANY, "engine", "valkey"),
        s("aws.dynamodb", "write requests", "dynamodb", "write-request"),
        s("aws.dynamodb", "read requests", "dynamodb", "read-request"),
        s("aws.dynamodb", "storage", "dynamodb", "storage"),
        s("aws.lambda", "requests (x86_64)", "lambda", "request", "arch", "x86_64"),
        s("aws.lambda", "GB-seconds (x86_64)", "lambda", "gb-second", "arch", "x86_64"),
        s("aws.lambda", "requests (arm64)", "lambda", "request", "arch", "arm64"),
        s("aws.lambda", "GB-seconds (arm64)", "lambda", "gb-second", "arch", "arm64"),
        s("aws.sqs", "standard requests", "sqs", "request", "fifo", "false"),
        s("aws.sqs", "FIFO requests", "sqs", "request", "fifo", "true"),
        s("aws.api-gateway", "HTTP API requests", "apigateway", "http-request"),
        s("aws.kms", "customer managed keys", "kms", "key"),
        s("aws.kms", "requests", "kms", "request"),
        s("aws.secrets-manager", "secrets", "secrets-manager", "secret"),
        s("aws.secrets-manager", "API calls", "secrets-manager", "api-call"),
        s("aws.cloudwatch", "logs ingested", "cloudwatch", "logs-ingest"),
        s("aws.cloudwatch", "logs stored", "cloudwatch", "logs-storage"),
        s("aws.cloudwatch", "alarms", "cloudwatch", "alarm"),
        s("aws.cloudwatch", "custom metrics", "cloudwatch", "custom-metric"),
        s("aws.nat-gateway", "gateway hours", "nat-gateway", "hour"),
        s("aws.nat-gateway", "data processed", "nat-gateway", "data-processed"),
        s("aws.data-transfer", "data transfer out to the internet", "data-transfer",
            "internet-out"));

    private PriceCoverage() {
    }

    private static Spec s(String type, String item, String service, String key, String... opts) {
        return new Spec(type, item, service, key,
            opts.length == 0 ? Map.of() : Map.of(opts[0], opts[1]));
    }

    /** Every item of every priced AWS type, in {@code region}. */
    public static List<Item> of(PriceCatalog catalog, String region) {
        List<Item> items = new ArrayList<>();
        for (Spec spec : ITEMS) {
            items.add(spec.key().equals(ANY) ? instances(catalog, region, spec)
                : single(catalog, region, spec));
        }
        return items;
    }

    private static Item single(PriceCatalog catalog, String region, Spec spec) {
        PriceResult result = catalog.lookup(new PriceQuery(spec.service(), region, spec.key(),
            spec.options(), null));
        String options = options(spec);
        if (result instanceof Price p) {
            return new Item(spec.type(), spec.item(), spec.service(), spec.key(), options, 1,
                p.source(), p.asOf());
        }
        return new Item(spec.type(), spec.item(), spec.service(), spec.key(), options, 0,
            ((Unpriced) result).reason(), null);
    }

    private static Item instances(PriceCatalog catalog, String region, Spec spec) {
        String options = options(spec);
        List<PriceEntry> entries = catalog.entries(spec.service(), region, options);
        PriceEntry newest = entries.stream().max(Comparator.comparing(PriceEntry::asOf))
            .orElse(null);
        return new Item(spec.type(), spec.item(), spec.service(), ANY, options,
            (int) entries.stream().map(PriceEntry::key).distinct().count(),
            newest == null ? "no " + spec.service() + " " + options + " price in " + region
                : newest.source(), newest == null ? null : newest.asOf());
    }

    private static String options(Spec spec) {
        StringBuilder text = new StringBuilder();
        spec.options().forEach((k, v) -> text.append(k).append('=').append(v));
        return text.toString();
    }
}
