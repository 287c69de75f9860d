package dev.envol.pricing;

import dev.envol.pricing.ProductRules.Attributes;
import dev.envol.pricing.ProductRules.Match;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How the products of a service are read: what a product of its AWS offer prices, before the
 * region is placed ({@link ProductRules#match}); null for a product Envol does not price. Named
 * by the rows of {@link PricedServices}; a reader answers only for its own service's products, so
 * the readers of services sharing a code (EC2, EBS, NAT gateway) may be tried in turn.
 */
enum ProductReader {
    /** EC2 instances: shared tenancy, no pre-installed software, Linux or Windows on demand. */
    EC2 {
        @Override
        Match read(String serviceCode, Attributes a) {
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
    },
    /** EBS gp3 volumes, in the EC2 offer. */
    EBS {
        @Override
        Match read(String serviceCode, Attributes a) {
            return a.is("productfamily", "Storage") && a.is("volumeapiname", "gp3")
                && a.get("usagetype").endsWith("EBS:VolumeUsage.gp3")
                ? new Match("ebs", null, "gp3", "", "GB-month", "GB-Mo") : null;
        }
    },
    /** NAT gateway hours and data processed, in the EC2 offer. */
    NAT_GATEWAY {
        @Override
        Match read(String serviceCode, Attributes a) {
            return byUsageEnding(a, "NAT Gateway", "NatGateway-Hours", NAT_HOURS,
                "NatGateway-Bytes", NAT_DATA);
        }
    },
    /** Application load balancer hours and LCU-hours. */
    ALB {
        @Override
        Match read(String serviceCode, Attributes a) {
            return byUsageEnding(a, "Load Balancer-Application", "LoadBalancerUsage", ALB_HOURS,
                "LCUUsage", ALB_LCU_HOURS);
        }
    },
    /** RDS instances of the open-source engines, gp2 and gp3 storage. */
    RDS {
        @Override
        Match read(String serviceCode, Attributes a) {
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
            if (!a.get("productfamily").equals("Database Instance")
                || !RDS_ENGINES.contains(engine)
                || !(deployment.equals("Single-AZ") || deployment.equals("Multi-AZ"))
                || !a.get("instancetype").startsWith("db.")) {
                return null;
            }
            return new Match("rds", null, a.get("instancetype"),
                "deployment=" + lower(deployment) + ";engine=" + lower(engine), "hour", "Hrs");
        }
    },
    /** ElastiCache nodes of Redis, Memcached and Valkey. */
    ELASTICACHE {
        @Override
        Match read(String serviceCode, Attributes a) {
            String engine = a.get("cacheengine");
            if (!a.get("productfamily").equals("Cache Instance")
                || !CACHE_ENGINES.contains(engine)
                || !a.get("instancetype").startsWith("cache.")) {
                return null;
            }
            return new Match("elasticache", null, a.get("instancetype"),
                "engine=" + lower(engine), "hour", "Hrs");
        }
    },
    /** S3 Standard storage and the two request tiers. */
    S3 {
        @Override
        Match read(String serviceCode, Attributes a) {
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
    },
    /** The services priced by usage: one row of {@link UsageProducts} per usage type. */
    USAGE {
        @Override
        Match read(String serviceCode, Attributes a) {
            UsageProducts.Usage usage = UsageProducts.find(serviceCode, a.get("usagetype"));
            if (usage == null || usage.service().equals("efs")
                && !a.get("storageclass").equals("General Purpose")) {
                return null;
            }
            List<String> units = usage.units();
            return new Match(usage.service(), null, usage.key(), usage.options(), usage.unit(),
                units.get(0), units.subList(1, units.size()));
        }
    };

    private static final Set<String> RDS_ENGINES = Set.of("MySQL", "PostgreSQL", "MariaDB");
    private static final Set<String> CACHE_ENGINES = Set.of("Redis", "Memcached", "Valkey");
    private static final Match NAT_HOURS = new Match("nat-gateway", null, "hour", "", "hour",
        "Hrs");
    private static final Match NAT_DATA = new Match("nat-gateway", null, "data-processed", "",
        "GB", "GB");
    private static final Match ALB_HOURS = new Match("alb", null, "hour", "", "hour", "Hrs");
    private static final Match ALB_LCU_HOURS = new Match("alb", null, "lcu-hour", "", "LCU-hour",
        "LCU-Hrs");

    /** What a product of {@code serviceCode} prices (region not yet placed), or null. */
    abstract Match read(String serviceCode, Attributes a);

    /** A product of {@code family} whose usage type ends with {@code first} or {@code second}. */
    private static Match byUsageEnding(Attributes a, String family, String first,
                                       Match firstMatch, String second, Match secondMatch) {
        if (!a.is("productfamily", family)) {
            return null;
        }
        String usage = a.get("usagetype");
        return usage.endsWith(first) ? firstMatch : usage.endsWith(second) ? secondMatch : null;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
