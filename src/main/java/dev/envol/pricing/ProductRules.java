package dev.envol.pricing;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which AWS products Envol prices and as what catalog key: shared by the Price List refresh and
 * the offer-file import so that both read a product the same way. Attribute names are compared
 * normalised (lower case, letters and digits only), so {@code "Instance Type"} in an offer CSV
 * header and {@code instanceType} in a Price List product are the same attribute.
 */
public final class ProductRules {
    /** Services a refresh or an offer import can fill. */
    public static final Set<String> SERVICES = Set.of("ec2", "rds", "elasticache", "s3", "ebs",
        "nat-gateway", "alb", "cloudfront", "lambda");
    /** AWS service codes ({@code servicecode}, {@code OfferCode}) by Envol service. */
    public static final Map<String, String> SERVICE_CODES = Map.of("ec2", "AmazonEC2",
        "rds", "AmazonRDS", "elasticache", "AmazonElastiCache", "s3", "AmazonS3",
        "ebs", "AmazonEC2", "nat-gateway", "AmazonEC2", "alb", "AWSELB",
        "cloudfront", "AmazonCloudFront", "lambda", "AWSLambda");

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
     * @param dimensionUnit the AWS unit of the price dimensions to read ("Hrs", "GB-Mo", ...)
     */
    public record Match(String service, String region, String key, String options, String unit,
                       String dimensionUnit) {
    }

    private ProductRules() {
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

    /** The catalog key of a product, or null when Envol does not price it. */
    public static Match match(String serviceCode, Attributes a, String fallbackRegion) {
        if (!a.is("locationtype", "AWS Region") && !a.is("locationtype", "")) {
            return null;
        }
        Match match = switch (serviceCode) {
            case "AmazonEC2" -> a.is("productfamily", "Storage")
                || a.is("productfamily", "NAT Gateway") ? ec2Network(a) : ec2(a);
            case "AWSELB" -> alb(a);
            case "AmazonRDS" -> rds(a);
            case "AmazonElastiCache" -> elastiCache(a);
            case "AmazonS3" -> s3(a);
            case "AmazonCloudFront" -> cloudFront(a);
            case "AWSLambda" -> lambda(a);
            default -> null;
        };
        if (match == null) {
            return null;
        }
        String region = match.region() != null ? match.region() : a.get("regioncode");
        if (region.isEmpty()) {
            region = LOCATIONS.getOrDefault(a.get("location"), fallbackRegion);
        }
        if (region == null || region.isEmpty()) {
            return null;
        }
        return new Match(match.service(), region, match.key(), match.options(), match.unit(),
            match.dimensionUnit());
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
        if (a.is("productfamily", "Database Storage") && a.is("volumetype", "General Purpose")
            && a.get("usagetype").endsWith("GP2-Storage") && RDS_ENGINES.contains(engine)
            && (deployment.equals("Single-AZ") || deployment.equals("Multi-AZ"))) {
            return new Match("rds", null, "storage-gp2", "deployment=" + lower(deployment),
                "GB-month", "GB-Mo");
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

    /** CloudFront data transfer out from the European edge locations: global, in tiers. */
    private static Match cloudFront(Attributes a) {
        if (a.is("transfertype", "CloudFront Outbound") && a.is("fromlocation", "Europe")
            && a.get("usagetype").endsWith("DataTransfer-Out-Bytes")) {
            return new Match("cloudfront", ServiceRules.GLOBAL_REGION, "data-out", "", "GB",
                "GB");
        }
        return null;
    }

    /** Lambda requests and duration (GB-seconds, in tiers), x86 and Graviton. */
    private static Match lambda(Attributes a) {
        String group = a.get("group");
        return switch (group) {
            case "AWS-Lambda-Requests" -> new Match("lambda", null, "request", "arch=x86_64",
                "request", "Requests");
            case "AWS-Lambda-Requests-ARM" -> new Match("lambda", null, "request", "arch=arm64",
                "request", "Requests");
            case "AWS-Lambda-Duration" -> new Match("lambda", null, "gb-second", "arch=x86_64",
                "GB-second", "Lambda-GB-Second");
            case "AWS-Lambda-Duration-ARM" -> new Match("lambda", null, "gb-second",
                "arch=arm64", "GB-second", "Lambda-GB-Second");
            default -> null;
        };
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
