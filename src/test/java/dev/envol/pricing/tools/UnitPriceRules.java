package dev.envol.pricing.tools;

import dev.envol.pricing.ServiceRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Maps a row of {@code unit-prices.csv} (free-form service and item names from several sources)
 * to the {@code PriceQuery} vocabulary, in base units.
 */
final class UnitPriceRules {
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    record Mapped(String service, String region, String key, String options, BigDecimal usdPerUnit,
                  String unit, String why) {
    }

    private record Rule(Pattern service, Pattern item, String envolService, String key,
                        String options, String unit, String why) {
        boolean matches(Map<String, String> row) {
            return service.matcher(row.get("service")).matches()
                && item.matcher(row.get("item")).find();
        }
    }

    private static final List<Rule> RULES = List.of(
        rule("AmazonS3|S3", "^Standard storage", "s3", "storage-standard", "", "GB-month", " (first tier)"),
        rule("S3", "^GET requests", "s3", "get-request", "", "request", ""),
        rule("S3", "^PUT/LIST requests", "s3", "put-request", "", "request", ""),
        rule("AWSLambda|Lambda", "^Requests( \\(x86\\))?$", "lambda", "request", "arch=x86_64", "request", ""),
        rule("Lambda", "^Requests \\(arm64", "lambda", "request", "arch=arm64", "request", ""),
        rule("AWSLambda|Lambda", "^Duration \\(?x86", "lambda", "gb-second", "arch=x86_64", "GB-second", " (first tier)"),
        rule("Lambda", "^Duration \\(arm64", "lambda", "gb-second", "arch=arm64", "GB-second", " (first tier)"),
        rule("AmazonCloudFront|CloudFront", "^Data transfer out Europe", "cloudfront", "data-out", "", "GB", " (Europe edge, first tier)"),
        rule("CloudFront", "^HTTPS requests Europe", "cloudfront", "https-request", "", "request", " (Europe edge)"),
        rule("AWSELB|ELB", "^Application Load Balancer hour", "alb", "hour", "", "hour", ""),
        rule("AWSELB|ELB", "(ALB|Application Load Balancer) LCU-hour", "alb", "lcu-hour", "", "LCU-hour", ""),
        rule("AmazonDynamoDB", "^On-demand write", "dynamodb", "write-request", "", "request", ""),
        rule("AmazonDynamoDB", "^On-demand read", "dynamodb", "read-request", "", "request", ""),
        rule("AWSQueueService", "^Standard queue requests", "sqs", "request", "fifo=false", "request", ""),
        rule("AmazonEFS", "^Standard storage", "efs", "storage-standard", "", "GB-month", ""),
        rule("AmazonRoute53|Route 53", "^Hosted zone", "route53", "hosted-zone", "", "zone-month", ""),
        rule("Route 53", "^DNS queries", "route53", "query", "", "query", ""),
        rule("awswaf", "^Web ACL", "waf", "web-acl", "", "month", ""),
        rule("awswaf", "^Rule", "waf", "rule", "", "month", ""),
        rule("awswaf", "^Requests", "waf", "request", "", "request", ""),
        rule("awskms", "^Customer managed key", "kms", "key", "", "month", ""),
        rule("AWSSecretsManager|Secrets Manager", "^Secret", "secrets-manager", "secret", "", "month", ""),
        rule("AmazonCloudWatch|CloudWatch", "(?i)alarm", "cloudwatch", "alarm", "", "month", ""),
        rule("CloudWatch", "^Logs ingestion", "cloudwatch", "logs-ingest", "", "GB", ""),
        rule("CloudWatch", "^Logs storage", "cloudwatch", "logs-storage", "", "GB-month", ""),
        rule("AWSShield|Shield Advanced", "(?i)subscription", "shield-advanced", "subscription", "", "month", " (one subscription per organisation, 1-year commitment)"),
        rule("Shield Advanced", "0-100 TB", "shield-advanced", "data-out", "", "GB", " (first tier, 0-100 TB)"),
        rule("Shield Advanced", "TB-|1 PB", null, null, null, null, null),
        rule("VPC/NAT Gateway", "^NAT gateway hour", "nat-gateway", "hour", "", "hour", ""),
        rule("VPC/NAT Gateway", "^NAT gateway data processed", "nat-gateway", "data-processed", "", "GB", ""),
        rule("VPC", "^Public IPv4", "vpc", "public-ipv4", "", "hour", ""),
        rule("Data Transfer", "^Data transfer out to internet", "data-transfer", "internet-out", "", "GB", " (first tier)"),
        rule("Data Transfer", "^Inter-region", "data-transfer", "inter-region-out", "", "GB", ""),
        rule("EBS", "^gp3 storage", "ebs", "gp3", "", "GB-month", ""),
        rule("ECS Fargate", "^Fargate vCPU-hour", "fargate", "vcpu-hour", "", "vCPU-hour", " (Linux/x86)"),
        rule("ECS Fargate", "^Fargate GB-hour", "fargate", "gb-hour", "", "GB-hour", ""),
        rule("API Gateway", "^HTTP API requests", "apigateway", "http-request", "", "request", " (first 300M)"));

    private UnitPriceRules() {
    }

    private static Rule rule(String service, String item, String envolService, String key,
                             String options, String unit, String why) {
        return new Rule(Pattern.compile(service), Pattern.compile(item), envolService, key,
            options, unit, why);
    }

    /** The entries of {@code row}; empty when the row is knowingly skipped; null when unknown. */
    static List<Mapped> map(Map<String, String> row) {
        Rule rule = RULES.stream().filter(r -> r.matches(row)).findFirst().orElse(null);
        if (rule == null) {
            return null;
        }
        if (rule.envolService() == null) {
            return List.of();
        }
        String region = ServiceRules.GLOBAL.contains(rule.envolService())
            ? ServiceRules.GLOBAL_REGION : row.get("region");
        BigDecimal usd = new BigDecimal(row.get("usd"));
        String why = rule.why();
        if (row.get("unit").startsWith("per 1M")) {
            usd = usd.divide(MILLION);
            why += " (listed per 1M, stored per unit)";
        }
        List<Mapped> out = new ArrayList<>();
        out.add(new Mapped(rule.envolService(), region, rule.key(), rule.options(), usd,
            rule.unit(), why));
        out.addAll(fromNotes(rule, region, row.get("notes")));
        return out;
    }

    /** Prices stated in a row's notes ("FIFO = $0.50", "requests $0.03 per 10k"). */
    private static List<Mapped> fromNotes(Rule rule, String region, String notes) {
        if (notes == null) {
            return List.of();
        }
        var fifo = Pattern.compile("FIFO = \\$([0-9.]+)").matcher(notes);
        if (rule.envolService().equals("sqs") && fifo.find()) {
            return List.of(new Mapped("sqs", region, "request", "fifo=true",
                new BigDecimal(fifo.group(1)).divide(MILLION), "request",
                " (FIFO price from the row's notes, listed per 1M)"));
        }
        var perTenK = Pattern.compile("\\$([0-9.]+) per 10k").matcher(notes);
        if (perTenK.find() && (rule.envolService().equals("kms")
            || rule.envolService().equals("secrets-manager"))) {
            String key = rule.envolService().equals("kms") ? "request" : "api-call";
            return List.of(new Mapped(rule.envolService(), region, key, "",
                new BigDecimal(perTenK.group(1)).divide(TEN_THOUSAND), "request",
                " (request price from the row's notes, listed per 10k)"));
        }
        return List.of();
    }
}
