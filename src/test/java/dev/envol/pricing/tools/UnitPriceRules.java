package dev.envol.pricing.tools;

import dev.envol.pricing.PricedServices;
import dev.envol.pricing.ServiceRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a row of {@code unit-prices.csv} (columns {@code service, region, item, unit, usd, asOf,
 * source, notes}; free-form service and item names from several sources) to the
 * {@code PriceQuery} vocabulary, in base units. It reads the documented columns only:
 * <ul>
 * <li>service: an AWS service code or plain name, through {@link PricedServices#named} (the
 *     one table of services, codes and their names in the data);</li>
 * <li>item: the key through the service's item rules; the options from words of the item
 *     (Single-AZ / Multi-AZ, x86 / arm64, FIFO / Standard);</li>
 * <li>unit: "per 1M ...", "per 1,000 ...", "per 10k ..." are scaled to one unit.</li>
 * </ul>
 * A row that no item rule knows still enters the catalog, under its service and a key made from
 * its item ({@code "Broker hour"} -> {@code broker-hour}), so a row added to the shared data is
 * never dropped: {@code prices lookup} and {@code prices coverage} show it, and a cost rule can
 * use it once the vocabulary names it. Rows that are later volume tiers of an item (Shield
 * Advanced's 100 TB-500 TB...) are the tier model's, not unit prices: they are skipped, named.
 */
final class UnitPriceRules {
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    record Mapped(String service, String region, String key, String options, BigDecimal usdPerUnit,
                  String unit, String why) {
    }

    /** An item pattern of one service and the key it prices. */
    private record ItemRule(String service, Pattern item, String key, String unit, String why) {
    }

    private static final List<ItemRule> ITEMS = List.of(
        item("s3", "^Standard storage", "storage-standard", "GB-month", " (first tier)"),
        item("s3", "^GET", "get-request", "request", ""),
        item("s3", "^PUT", "put-request", "request", ""),
        item("lambda", "^Requests", "request", "request", ""),
        item("lambda", "^Duration", "gb-second", "GB-second", " (first tier)"),
        item("lambda-edge", "^Requests", "request", "request", ""),
        item("lambda-edge", "^Duration", "gb-second", "GB-second", ""),
        item("cloudfront", "^Data transfer out Europe", "data-out", "GB", " (Europe edge, first tier)"),
        item("cloudfront", "^HTTPS requests Europe", "https-request", "request", " (Europe edge)"),
        item("alb", "^Application Load Balancer hour", "hour", "hour", ""),
        item("alb", "(ALB|Application Load Balancer) LCU-hour", "lcu-hour", "LCU-hour", ""),
        item("dynamodb", "^On-demand write", "write-request", "request", ""),
        item("dynamodb", "^On-demand read", "read-request", "request", ""),
        item("dynamodb", "(?i)storage", "storage", "GB-month", ""),
        item("sqs", "(?i)queue requests", "request", "request", ""),
        item("efs", "^Standard storage", "storage-standard", "GB-month", ""),
        item("route53", "^Hosted zone", "hosted-zone", "zone-month", ""),
        item("route53", "^DNS queries", "query", "query", ""),
        item("waf", "^Web ACL", "web-acl", "month", ""),
        item("waf", "^Rule", "rule", "month", ""),
        item("waf", "^Requests", "request", "request", ""),
        item("kms", "^Customer managed key", "key", "month", ""),
        item("secrets-manager", "^Secret", "secret", "month", ""),
        item("cloudwatch", "(?i)alarm", "alarm", "month", ""),
        item("cloudwatch", "(?i)custom metric", "custom-metric", "month", ""),
        item("cloudwatch", "^Logs ingestion", "logs-ingest", "GB", ""),
        item("cloudwatch", "^Logs storage", "logs-storage", "GB-month", ""),
        item("shield-advanced", "(?i)subscription", "subscription", "month",
            " (one subscription per organisation, 1-year commitment)"),
        item("shield-advanced", "0-100 TB", "data-out", "GB", " (first tier, 0-100 TB)"),
        item("nat-gateway", "^NAT gateway hour", "hour", "hour", ""),
        item("nat-gateway", "^NAT gateway data processed", "data-processed", "GB", ""),
        item("vpc", "^Public IPv4", "public-ipv4", "hour", ""),
        item("data-transfer", "^Data transfer out to internet", "internet-out", "GB", " (first tier)"),
        item("data-transfer", "^Inter-region", "inter-region-out", "GB", ""),
        item("ebs", "^gp3 storage", "gp3", "GB-month", ""),
        item("fargate", "vCPU-hour", "vcpu-hour", "vCPU-hour", " (Linux/x86)"),
        item("fargate", "GB-hour", "gb-hour", "GB-hour", ""),
        item("apigateway", "^HTTP API requests", "http-request", "request", " (first 300M)"),
        item("rds", "(?i)backup storage", "storage-backup", "GB-month", ""),
        item("rds", "(?i)gp3 storage", "storage-gp3", "GB-month", ""),
        item("rds", "(?i)General Purpose \\(gp2\\) storage|gp2 storage", "storage-gp2", "GB-month", ""));

    /** Later volume tiers of an item: they belong to the tier model, not to unit prices. */
    private static final Pattern LATER_TIER = Pattern.compile(
        "\\b\\d+ (TB|GB|PB) ?- ?\\d+ (TB|GB|PB)\\b|, 1 PB$");

    private UnitPriceRules() {
    }

    private static ItemRule item(String service, String item, String key, String unit,
                                 String why) {
        return new ItemRule(service, Pattern.compile(item), key, unit, why);
    }

    /** The Envol service of a row's service column (unknown names become a slug of themselves). */
    static String service(String name) {
        String known = PricedServices.named(name);
        return known != null ? known : slug(name);
    }

    /**
     * The entries of {@code row}; empty when the row is a later volume tier (the tier model's).
     * Never null: a row no item rule names enters under a key made from its item.
     */
    static List<Mapped> map(Map<String, String> row) {
        String service = service(row.get("service"));
        String item = row.get("item");
        if (LATER_TIER.matcher(item).find()) {
            return List.of();
        }
        ItemRule rule = ITEMS.stream().filter(r -> r.service().equals(service)
            && r.item().matcher(item).find()).findFirst().orElse(null);
        String region = region(service, row.get("region"));
        Scaled scaled = scale(row.get("unit"), new BigDecimal(row.get("usd")));
        String key = rule != null ? rule.key() : slug(item.replaceAll("\\([^)]*\\)", ""));
        String unit = rule != null ? rule.unit() : scaled.unit();
        String why = (rule != null ? rule.why() : " (no cost rule uses this item yet)")
            + scaled.why();
        List<Mapped> out = new ArrayList<>();
        out.add(new Mapped(service, region, key, options(service, key, item), scaled.usd(),
            unit, why));
        out.addAll(fromNotes(service, region, row.get("notes")));
        return out;
    }

    private static String region(String service, String region) {
        if (ServiceRules.GLOBAL.contains(service) || region.trim().startsWith("global")) {
            return ServiceRules.GLOBAL_REGION;
        }
        return region.trim();
    }

    /** The options a service's key takes, read from the words of the item. */
    private static String options(String service, String key, String item) {
        String lower = item.toLowerCase(Locale.ROOT);
        return switch (service) {
            case "lambda", "fargate" -> "arch=" + (lower.contains("arm") ? "arm64" : "x86_64");
            case "sqs" -> "fifo=" + lower.contains("fifo");
            case "rds" -> key.startsWith("storage-")
                ? "deployment=" + (lower.contains("multi-az") ? "multi-az" : "single-az") : "";
            default -> "";
        };
    }

    private record Scaled(BigDecimal usd, String unit, String why) {
    }

    /** "per 1M requests" -> per request; "per 1,000" and "per 10k" alike. */
    private static Scaled scale(String unit, BigDecimal usd) {
        Matcher per = Pattern.compile("^per (1M|1,000|1k|10k)\\b ?(.*)$").matcher(unit.trim());
        if (per.find()) {
            BigDecimal by = switch (per.group(1)) {
                case "1M" -> MILLION;
                case "10k" -> BigDecimal.valueOf(10_000);
                default -> BigDecimal.valueOf(1000);
            };
            String base = per.group(2).isBlank() ? "request" : singular(per.group(2));
            return new Scaled(usd.divide(by), base,
                " (listed " + per.group(0) + ", stored per unit)");
        }
        String u = unit.trim().replaceFirst("^per ", "").replaceFirst(" \\(.*\\)$", "");
        return new Scaled(usd, switch (u) {
            case "GB-Mo" -> "GB-month";
            case "Hrs" -> "hour";
            case "LCU-Hrs" -> "LCU-hour";
            default -> u;
        }, "");
    }

    private static String singular(String words) {
        String w = words.trim();
        return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    /** Prices stated in a row's notes ("FIFO = $0.50", "requests $0.03 per 10k"). */
    private static List<Mapped> fromNotes(String service, String region, String notes) {
        if (notes == null) {
            return List.of();
        }
        Matcher fifo = Pattern.compile("FIFO = \\$([0-9.]+)").matcher(notes);
        if (service.equals("sqs") && fifo.find()) {
            return List.of(new Mapped("sqs", region, "request", "fifo=true",
                new BigDecimal(fifo.group(1)).divide(MILLION), "request",
                " (FIFO price from the row's notes, listed per 1M)"));
        }
        Matcher perTenK = Pattern.compile("\\$([0-9.]+) per 10k").matcher(notes);
        if (perTenK.find() && (service.equals("kms") || service.equals("secrets-manager"))) {
            String key = service.equals("kms") ? "request" : "api-call";
            return List.of(new Mapped(service, region, key, "",
                new BigDecimal(perTenK.group(1)).divide(BigDecimal.valueOf(10_000)), "request",
                " (request price from the row's notes, listed per 10k)"));
        }
        return List.of();
    }

    /** {@code "Broker hour"} -> {@code broker-hour}. */
    static String slug(String text) {
        return text.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9@]+", "-")
            .replaceAll("^-|-$", "");
    }
}
