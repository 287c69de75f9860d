package dev.envol.pricing;

import dev.envol.model.PurchaseOption;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What to price. The vocabulary (service / key / options -> unit) is the contract between the
 * catalog and the cost rules:
 * <pre>
 * ec2              INSTANCE_TYPE           hour        os=linux|windows
 * ebs              gp3                     GB-month
 * fargate          vcpu-hour | gb-hour     vCPU-hour | GB-hour   arch=x86_64|arm64
 * apigateway       http-request            request
 * vpc              public-ipv4             hour
 * rds              INSTANCE_CLASS          hour        engine=mysql|postgresql|mariadb,
 *                                                      deployment=single-az|multi-az
 * rds              storage-gp2 | storage-gp3 | storage-backup  GB-month  deployment=single-az|multi-az
 * elasticache      NODE_TYPE               hour        engine=redis|memcached|valkey
 * alb              hour | lcu-hour         hour | LCU-hour
 * cloudfront       data-out | https-request  GB | request
 * lambda           request | gb-second     request | GB-second   arch=x86_64|arm64
 * lambda-edge      request | gb-second     request | GB-second
 * route53          hosted-zone | query     zone-month | query
 * waf              web-acl | rule | request  month | month | request
 * shield-advanced  subscription | data-out month | GB
 * s3               storage-standard | put-request | get-request  GB-month | request | request
 * efs              storage-standard        GB-month
 * dynamodb         write-request | read-request | storage  request | request | GB-month
 * sqs              request                 request     fifo=false|true
 * kms              key | request           month | request
 * secrets-manager  secret | api-call       month | request
 * cloudwatch       logs-ingest | logs-storage | alarm | custom-metric  GB | GB-month | month | month
 * nat-gateway      hour | data-processed   hour | GB
 * data-transfer    internet-out            GB
 * </pre>
 * Also priced (extensions, no component type yet): {@code data-transfer inter-region-out} (GB).
 * A unit-price row of the shared data that no cost rule names yet enters the catalog under its
 * own service and a key made from its item (see the generator).
 * Reserved prices of ec2/rds/elasticache are AWS "standard" offerings;
 * the option {@code offering-class=convertible} asks for the convertible ones.
 * Units are base units (one request, one GB): the cost rules scale usage to them. Options left
 * out take their defaults: os=linux, engine=mysql (rds) or redis (elasticache),
 * deployment=single-az, arch=x86_64, fifo=false.
 *
 * @param region   an AWS region code; global services (CloudFront, Route 53, Shield) match any
 * @param options  service-specific qualifiers, lower-case keys and values
 * @param purchase the purchase option; services without reservations answer on-demand prices
 */
public record PriceQuery(String service, String region, String key, Map<String, String> options,
                         PurchaseOption purchase) {
    public PriceQuery {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(key, "key");
        // an immutable copy (Map.copyOf keeps one that already is): the cost rules ask
        // thousands of queries per estimate
        options = options == null || options.isEmpty() ? Map.of() : Map.copyOf(options);
        purchase = purchase == null ? PurchaseOption.ON_DEMAND : purchase;
    }

    public static PriceQuery of(String service, String region, String key) {
        return new PriceQuery(service, region, key, Map.of(), PurchaseOption.ON_DEMAND);
    }

    public PriceQuery with(String option, String value) {
        Map<String, String> copy = new TreeMap<>(options);
        copy.put(option, value);
        return new PriceQuery(service, region, key, copy, purchase);
    }

    public PriceQuery withPurchase(PurchaseOption option) {
        return new PriceQuery(service, region, key, options, option);
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    // equals and hashCode written out, as a record's are by default: a record's own are made at
    // first call by an invokedynamic bootstrap (java.lang.runtime.ObjectMethods) that spins ~35
    // method-handle classes, which no CDS archive of JDK 17 keeps: ~40 ms of every cold estimate
    // (the catalog is a map keyed by queries)
    @Override
    public boolean equals(Object other) {
        return other instanceof PriceQuery q && service.equals(q.service) && region.equals(q.region)
            && key.equals(q.key) && options.equals(q.options) && purchase == q.purchase;
    }

    @Override
    public int hashCode() {
        int hash = service.hashCode();
        hash = 31 * hash + region.hashCode();
        hash = 31 * hash + key.hashCode();
        hash = 31 * hash + options.hashCode();
        return 31 * hash + purchase.hashCode();
    }
}
