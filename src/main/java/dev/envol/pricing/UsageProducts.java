package dev.envol.pricing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The products of the services Envol prices by usage (requests, GB-months, hours of a managed
 * service), recognised by their {@code usagetype}. A usage type is the region's billing prefix
 * ({@code EUW3-}, none in us-east-1) followed by a name that is the same in every region
 * ({@code Lambda-GB-Second}), so each product is one table row: Envol service, usage-type
 * suffix, the catalog key it prices (the service's AWS code is its row of
 * {@link PricedServices}). Shared by the Price List refresh and the offer import.
 */
final class UsageProducts {
    /**
     * One priced usage type.
     *
     * @param suffix  the usage type without its region prefix
     * @param exclude a product whose usage type contains this is not this row's ("" for none)
     * @param units   the AWS units of its price dimensions
     */
    record Usage(String service, String suffix, String exclude, String key, String options,
                 String unit, List<String> units) {
    }

    private static List<String> u(String... units) {
        return List.of(units);
    }

    /** The first row whose suffix ends the usage type wins: longer suffixes come first. */
    static final List<Usage> TABLE = List.of(
        new Usage("lambda-edge", "Lambda-Edge-Request", "", "request", "", "request",
            u("Request", "Requests")),
        new Usage("lambda-edge", "Lambda-Edge-GB-Second", "", "gb-second", "",
            "GB-second", u("Lambda-GB-Second", "GB-Second", "Second")),
        new Usage("lambda", "Request-ARM", "Edge", "request", "arch=arm64", "request",
            u("Request", "Requests")),
        new Usage("lambda", "Lambda-GB-Second-ARM", "Edge", "gb-second",
            "arch=arm64", "GB-second", u("Lambda-GB-Second", "GB-Second", "Second")),
        new Usage("lambda", "Request", "Edge", "request", "arch=x86_64", "request",
            u("Request", "Requests")),
        new Usage("lambda", "Lambda-GB-Second", "Edge", "gb-second", "arch=x86_64",
            "GB-second", u("Lambda-GB-Second", "GB-Second", "Second")),
        new Usage("efs", "TimedStorage-ByteHrs", "", "storage-standard", "",
            "GB-month", u("GB-Mo")),
        new Usage("sqs", "Requests-FIFO-Tier1", "", "request", "fifo=true",
            "request", u("Requests")),
        new Usage("sqs", "Requests-Tier1", "", "request", "fifo=false",
            "request", u("Requests")),
        new Usage("dynamodb", "ReadRequestUnits", "", "read-request", "",
            "request", u("ReadRequestUnits", "ReadCapacityUnit-Hrs")),
        new Usage("dynamodb", "WriteRequestUnits", "", "write-request", "",
            "request", u("WriteRequestUnits", "WriteCapacityUnit-Hrs")),
        new Usage("dynamodb", "TimedStorage-ByteHrs", "", "storage", "",
            "GB-month", u("GB-Mo")),
        new Usage("cloudwatch", "CW:MetricMonitorUsage", "", "custom-metric",
            "", "month", u("Metrics")),
        new Usage("cloudwatch", "CW:AlarmMonitorUsage", "", "alarm", "",
            "month", u("Alarms")),
        new Usage("cloudwatch", "DataProcessing-Bytes", "", "logs-ingest", "",
            "GB", u("GB")),
        new Usage("cloudwatch", "TimedStorage-ByteHrs", "", "logs-storage", "",
            "GB-month", u("GB-Mo")),
        new Usage("cloudfront", "DataTransfer-Out-Bytes", "", "data-out", "",
            "GB", u("GB")),
        new Usage("cloudfront", "Requests-Tier2-HTTPS", "", "https-request",
            "", "request", u("Requests", "Request")),
        new Usage("route53", "HostedZone", "", "hosted-zone", "", "zone-month",
            u("HostedZone", "Hosted Zone")),
        new Usage("route53", "DNS-Queries", "", "query", "", "query",
            u("Queries", "Query")),
        new Usage("waf", "WebACL", "", "web-acl", "", "month", u("WebACL", "Month")),
        new Usage("waf", "Rule", "", "rule", "", "month", u("Rule", "Month")),
        new Usage("waf", "Request", "", "request", "", "request",
            u("Request", "Requests")),
        new Usage("kms", "KMS-Keys", "", "key", "", "month", u("Keys", "Key-Month")),
        new Usage("kms", "KMS-Requests", "", "request", "", "request",
            u("Requests", "Request")),
        new Usage("secrets-manager", "AWSSecretsManager-Secrets", "",
            "secret", "", "month", u("Secrets", "Secret-Month")),
        new Usage("secrets-manager", "AWSSecretsManager-APIRequest", "",
            "api-call", "", "request", u("API Requests", "Requests")),
        new Usage("fargate", "Fargate-ARM-vCPU-Hours:perCPU", "Windows", "vcpu-hour",
            "arch=arm64", "vCPU-hour", u("hours", "Hrs", "vCPU-Hours")),
        new Usage("fargate", "Fargate-ARM-GB-Hours", "Windows", "gb-hour",
            "arch=arm64", "GB-hour", u("GB-Hours", "hours", "Hrs")),
        new Usage("fargate", "Fargate-vCPU-Hours:perCPU", "Windows", "vcpu-hour",
            "arch=x86_64", "vCPU-hour", u("hours", "Hrs", "vCPU-Hours")),
        new Usage("fargate", "Fargate-GB-Hours", "Windows", "gb-hour",
            "arch=x86_64", "GB-hour", u("GB-Hours", "hours", "Hrs")),
        new Usage("apigateway", "ApiGatewayHttpRequest", "", "http-request",
            "", "request", u("Requests", "Request")),
        new Usage("vpc", "PublicIPv4:InUseAddress", "", "public-ipv4", "", "hour",
            u("Hrs", "hours")));

    /** The rows by the AWS service code of their service, in table order. */
    private static final Map<String, List<Usage>> BY_CODE = TABLE.stream().collect(
        Collectors.groupingBy(u -> PricedServices.code(u.service()), LinkedHashMap::new,
            Collectors.toList()));

    private UsageProducts() {
    }

    /** The row pricing a product of {@code serviceCode} with {@code usageType}, or null. */
    static Usage find(String serviceCode, String usageType) {
        if (usageType.isEmpty()) {
            return null;
        }
        for (Usage usage : BY_CODE.getOrDefault(serviceCode, List.of())) {
            if (endsWithName(usageType, usage.suffix())
                && (usage.exclude().isEmpty() || !usageType.contains(usage.exclude()))) {
                return usage;
            }
        }
        return null;
    }

    /** {@code EUW3-Request} and {@code Request} end with the name Request; {@code EUW3-Request-ARM} not. */
    private static boolean endsWithName(String usageType, String suffix) {
        return usageType.equals(suffix) || usageType.endsWith("-" + suffix);
    }
}
