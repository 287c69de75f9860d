package dev.envol.pricing;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which AWS products Envol prices and as what catalog key: shared by the Price List refresh and
 * the offer-file import so that both read a product the same way. Attribute names are compared
 * normalised (lower case, letters and digits only), so {@code "Instance Type"} in an offer CSV
 * header and {@code instanceType} in a Price List product are the same attribute.
 */
public final class ProductRules {
    /** AWS service codes ({@code servicecode}, {@code OfferCode}) by Envol service. */
    public static final Map<String, String> SERVICE_CODES = serviceCodes();
    /** Services a refresh or an offer import can fill: every service Envol prices. */
    public static final Set<String> SERVICES = SERVICE_CODES.keySet();

    private static final Set<String> RDS_ENGINES = Set.of("MySQL", "PostgreSQL", "MariaDB");
    private static final Set<String> CACHE_ENGINES = Set.of("Redis", "Memcached", "Valkey");
    /** Older products and offer files name the region only by its location. */
    private static final Map<String, String> LOCATIONS = Map.ofEntries(
        Map.entry("US East (N. Virginia)", "us-east-1"), Map.entry("US East (Ohio)", "us-east-2"),
        Map.entry("US West (N. California)", "us-west-1"), Map.entry("US West (Oregon)", "us-west-2"),
        Map.entry("EU (Ireland)", "eu-west-1"), Map.entry("Europe (Ireland)", "eu-west-1"),
        Map.entry("EU (London)", "eu-west-2"), Map.entry("Europe (London)", "eu-west-2"),
        Map.entry("EU (Paris)", "eu-west-3"), Map.entry("Europe (Paris)", "eu-west-3"),
        Map.entry("EU (Frankfurt)", "eu-central-1"), Map.entry("Europe (Frankfurt)", "eu-central-1"),
        Map.entry("EU (Stockholm)", "eu-north-1"), Map.entry("EU (Milan)", "eu-south-1"),
        Map.entry("Asia Pacific (Tokyo)", "ap-northeast-1"),
        Map.entry("Asia Pacific (Mumbai)", "ap-south-1"),
        Map.entry("Asia Pacific (Singapore)", "ap-southeast-1"),
        Map.entry("Asia Pacific (Sydney)", "ap-southeast-2"),
        Map.entry("Canada (Central)", "ca-central-1"),
        Map.entry("South America (Sao Paulo)", "sa-east-1"));

    /** The attributes of one product, by normalised name; "" when absent. */
    public interface Attributes {
        String get(String normalisedName);

        /** Whether the attribute is {@code value}; readers may answer without making a String. */
        default boolean is(String normalisedName, String value) {
            return get(normalisedName).equals(value);
        }
    }

    /**
     * What a product prices.
     *
     * @param region        where the product's own attributes place it; null when they name no
     *                      region Envol knows (the product is then skipped and counted)
     * @param dimensionUnit the AWS unit of the price dimensions to read ("Hrs", "GB-Mo", ...)
     * @param otherUnits    other spellings of that unit in the Price List (may be empty)
     */
    public record Match(String service, String region, String key, String options, String unit,
                       String dimensionUnit, List<String> otherUnits) {
        public Match(String service, String region, String key, String options, String unit,
                     String dimensionUnit) {
            this(service, region, key, options, unit, dimensionUnit, List.of());
        }

        /** Whether a price dimension in {@code awsUnit} prices this product's unit. */
        public boolean accepts(String awsUnit) {
            return awsUnit.equals(dimensionUnit) || otherUnits.contains(awsUnit);
        }

        Match in(String newRegion) {
            return new Match(service, newRegion, key, options, unit, dimensionUnit, otherUnits);
        }
    }

    private ProductRules() {
    }

    private static Map<String, String> serviceCodes() {
        Map<String, String> codes = new TreeMap<>(Map.of("ec2", "AmazonEC2",
            "rds", "AmazonRDS", "elasticache", "AmazonElastiCache", "s3", "AmazonS3",
            "ebs", "AmazonEC2", "nat-gateway", "AmazonEC2", "alb", "AWSELB"));
        codes.putAll(UsageProducts.SERVICE_CODES);
        return Collections.unmodifiableMap(codes);
    }

    public static boolean covers(String service) {
        return SERVICES.contains(service);
    }

    /** {@code "Pre Installed S/W"} -> {@code "preinstalledsw"}. */
    public static String normalise(String attribute) {
        StringBuilder name = new StringBuilder(attribute.length());
        for (int i = 0; i < attribute.length(); i++) {
            char c = attribute.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                name.append(Character.toLowerCase(c));
            }
        }
        return name.toString();
    }

    /**
     * The catalog key of a product, or null when Envol does not price it. The region is the one
     * the product's own attributes name ({@code regionCode}, else {@code location} mapped to a
     * code, else {@code fallbackRegion}); global services are placed in {@code global}. When
     * nothing places it, the match has a null region: the caller skips and counts it.
     *
     * @param fallbackRegion the region of a regional offer file, or null (never the region a
     *                       Price List query asked for: a product answers for itself)
     */
    public static Match match(String serviceCode, Attributes a, String fallbackRegion) {
        Match match = switch (serviceCode) {
            case "AmazonEC2" -> a.is("productfamily", "Storage")
                || a.is("productfamily", "NAT Gateway") ? ec2Network(a) : ec2(a);
            case "AWSELB" -> alb(a);
            case "AmazonRDS" -> rds(a);
            case "AmazonElastiCache" -> elastiCache(a);
            case "AmazonS3" -> s3(a);
            default -> usage(serviceCode, a);
        };
        if (match == null) {
            return null;
        }
        if (ServiceRules.GLOBAL.contains(match.service())) {
            return match.in(ServiceRules.GLOBAL_REGION);
        }
        if (!a.is("locationtype", "AWS Region") && !a.is("locationtype", "")) {
            return null;
        }
        String region = a.get("regioncode");
        if (region.isEmpty()) {
            region = LOCATIONS.getOrDefault(a.get("location"), fallbackRegion);
        }
        return match.in(region == null || region.isEmpty() ? null : region);
    }

    private static Match usage(String serviceCode, Attributes a) {
        UsageProducts.Usage usage = UsageProducts.find(serviceCode, a.get("usagetype"));
        if (usage == null || usage.service().equals("efs")
            && !a.get("storageclass").equals("General Purpose")) {
            return null;
        }
        List<String> units = usage.units();
        return new Match(usage.service(), null, usage.key(), usage.options(), usage.unit(),
            units.get(0), units.subList(1, units.size()));
    }

    private static Match ec2(Attributes a) {
        // cheap byte comparisons first: most rows of an EC2 offer are not priced
        if (!a.is("tenancy", "Shared") || !a.is("preinstalledsw", "NA")
            || !a.is("capacitystatus", "Used") || !a.is("licensemodel", "No License required")
            || !(a.is("operatingsystem", "Linux") || a.is("operatingsystem", "Windows"))
            || !(a.is("marketoption", "") || a.is("marketoption", "OnDemand"))
            || !a.get("productfamily").startsWith("Compute Instance")
            || a.is("instancetype", "")) {
            return null;
        }
        String os = a.get("operatingsystem");
        return new Match("ec2", null, lower(a.get("instancetype")), "os=" + lower(os), "hour",
            "Hrs");
    }

    /** EBS gp3 volumes and NAT gateways live in the EC2 offer. */
    private static Match ec2Network(Attributes a) {
        String usage = a.get("usagetype");
        if (a.is("productfamily", "Storage") && a.is("volumeapiname", "gp3")
            && usage.endsWith("EBS:VolumeUsage.gp3")) {
            return new Match("ebs", null, "gp3", "", "GB-month", "GB-Mo");
        }
        if (a.is("productfamily", "NAT Gateway")) {
            if (usage.endsWith("NatGateway-Hours")) {
                return new Match("nat-gateway", null, "hour", "", "hour", "Hrs");
            }
            if (usage.endsWith("NatGateway-Bytes")) {
                return new Match("nat-gateway", null, "data-processed", "", "GB", "GB");
            }
        }
        return null;
    }

    private static Match alb(Attributes a) {
        if (!a.is("productfamily", "Load Balancer-Application")) {
            return null;
        }
        String usage = a.get("usagetype");
        if (usage.endsWith("LoadBalancerUsage")) {
            return new Match("alb", null, "hour", "", "hour", "Hrs");
        }
        if (usage.endsWith("LCUUsage")) {
            return new Match("alb", null, "lcu-hour", "", "LCU-hour", "LCU-Hrs");
        }
        return null;
    }

    private static Match rds(Attributes a) {
        String engine = a.get("databaseengine");
        String deployment = a.get("deploymentoption");
        if (a.is("productfamily", "Database Storage")
            && (deployment.equals("Single-AZ") || deployment.equals("Multi-AZ"))
            && (RDS_ENGINES.contains(engine) || engine.equals("Any") || engine.isEmpty())) {
            String usage = a.get("usagetype");
            String key = usage.endsWith("GP2-Storage") ? "storage-gp2"
                : usage.endsWith("GP3-Storage") ? "storage-gp3" : null;
            return key == null ? null : new Match("rds", null, key,
                "deployment=" + lower(deployment), "GB-month", "GB-Mo");
        }
        if (!a.get("productfamily").equals("Database Instance") || !RDS_ENGINES.contains(engine)
            || !(deployment.equals("Single-AZ") || deployment.equals("Multi-AZ"))
            || !a.get("instancetype").startsWith("db.")) {
            return null;
        }
        return new Match("rds", null, a.get("instancetype"),
            "deployment=" + lower(deployment) + ";engine=" + lower(engine), "hour", "Hrs");
    }

    private static Match elastiCache(Attributes a) {
        String engine = a.get("cacheengine");
        if (!a.get("productfamily").equals("Cache Instance") || !CACHE_ENGINES.contains(engine)
            || !a.get("instancetype").startsWith("cache.")) {
            return null;
        }
        return new Match("elasticache", null, a.get("instancetype"), "engine=" + lower(engine),
            "hour", "Hrs");
    }

    private static Match s3(Attributes a) {
        String family = a.get("productfamily");
        if (family.equals("Storage") && a.get("volumetype").equals("Standard")
            && a.get("storageclass").equals("General Purpose")) {
            return new Match("s3", null, "storage-standard", "", "GB-month", "GB-Mo");
        }
        if (family.equals("API Request")) {
            String group = a.get("group");
            if (group.equals("S3-API-Tier1")) {
                return new Match("s3", null, "put-request", "", "request", "Requests");
            }
            if (group.equals("S3-API-Tier2")) {
                return new Match("s3", null, "get-request", "", "request", "Requests");
            }
        }
        return null;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
