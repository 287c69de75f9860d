package dev.envol.pricing;

import dev.envol.model.PurchaseOption;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How a {@link PriceQuery} becomes a catalog key: which options matter per service and their
 * defaults, which services are global, which have reservations. Shared by lookups, the generator
 * of the embedded catalog, the refresh and the offer import so that they agree on keys.
 */
public final class ServiceRules {
    /**
     * Priced once for the world: the query's region is ignored (Lambda@Edge has one price for
     * every edge location).
     */
    public static final Set<String> GLOBAL = Set.of("cloudfront", "route53", "shield-advanced",
        "lambda-edge");
    /**
     * Services whose AWS pricing pages list one price for every commercial region (WAF: web ACL,
     * rule, requests; KMS: keys, requests; Secrets Manager: secrets, API calls). A region without
     * its own entry uses the us-east-1 price, and the price's source says so.
     */
    public static final Set<String> REGION_UNIFORM = Set.of("waf", "kms", "secrets-manager");
    /** Where region-uniform prices are read when a region has no entry of its own. */
    public static final String UNIFORM_REFERENCE_REGION = "us-east-1";
    /** Services with reserved prices; the others answer on-demand prices to every purchase option. */
    public static final Set<String> RESERVABLE = Set.of("ec2", "rds", "elasticache");
    /** The region code of global services' entries. */
    public static final String GLOBAL_REGION = "global";

    private static final Map<String, Map<String, Set<String>>> OPTIONS = Map.of(
        "ec2", Map.of("os", Set.of("linux", "windows")),
        "rds", Map.of("engine", Set.of("mysql", "postgresql", "mariadb"),
            "deployment", Set.of("single-az", "multi-az")),
        "elasticache", Map.of("engine", Set.of("redis", "memcached", "valkey")),
        "lambda", Map.of("arch", Set.of("x86_64", "arm64")),
        "fargate", Map.of("arch", Set.of("x86_64", "arm64")),
        "sqs", Map.of("fifo", Set.of("false", "true")));
    private static final Map<String, String> DEFAULTS = Map.of(
        "ec2.os", "linux", "rds.engine", "mysql", "rds.deployment", "single-az",
        "elasticache.engine", "redis", "lambda.arch", "x86_64", "sqs.fifo", "false",
        "fargate.arch", "x86_64");
    private static final Map<String, String> ALIASES = Map.of(
        "postgres", "postgresql", "singleaz", "single-az",
        "multiaz", "multi-az", "arm", "arm64", "x86", "x86_64", "amd64", "x86_64");
    /** Reserved-offering class other than AWS "standard", kept as an option (extension). */
    public static final String OFFERING_CLASS = "offering-class";

    private ServiceRules() {
    }

    /** A normalised query: what to look for in the tables. */
    public record Key(String service, String region, String key, String options,
                      PurchaseOption purchase) {
        public String id() {
            return PriceEntry.id(service, region, key, options, purchase);
        }

        Key withOptions(String newOptions) {
            return new Key(service, region, key, newOptions, purchase);
        }
    }

    /**
     * The catalog key of {@code query}.
     *
     * @throws IllegalArgumentException with a reason for a person (unknown engine, ...)
     */
    public static Key normalize(PriceQuery query) {
        String service = lower(query.service());
        String region = GLOBAL.contains(service) ? GLOBAL_REGION : lower(query.region());
        PurchaseOption purchase = RESERVABLE.contains(service) ? query.purchase()
            : PurchaseOption.ON_DEMAND;
        Map<String, String> options = new TreeMap<>();
        Map<String, Set<String>> known = OPTIONS.getOrDefault(service, Map.of());
        String key = lower(query.key());
        for (Map.Entry<String, Set<String>> option : known.entrySet()) {
            String name = option.getKey();
            if (service.equals("rds") && key.startsWith("storage-") && name.equals("engine")) {
                continue; // RDS storage costs the same for every engine
            }
            String value = query.options().get(name);
            value = value == null || value.isBlank() ? DEFAULTS.get(service + "." + name)
                : canonical(value);
            if (!option.getValue().contains(value)) {
                throw new IllegalArgumentException("unknown " + name + " '" + value + "' for "
                    + service + " (known: " + String.join(", ", new TreeSet<>(option.getValue())) + ")");
            }
            options.put(name, value);
        }
        String offering = query.options().get(OFFERING_CLASS);
        if (purchase.isReserved() && offering != null && lower(offering).equals("convertible")) {
            options.put(OFFERING_CLASS, "convertible");
        }
        return new Key(service, region, key, join(options), purchase);
    }

    /** {@code a=1;b=2} from a sorted map. */
    public static String join(Map<String, String> options) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(options).forEach((k, v) -> {
            if (text.length() > 0) {
                text.append(';');
            }
            text.append(k).append('=').append(v);
        });
        return text.toString();
    }

    private static String canonical(String value) {
        String v = lower(value);
        return ALIASES.getOrDefault(v, v);
    }

    private static String lower(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }
}
