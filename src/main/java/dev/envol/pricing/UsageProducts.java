package dev.envol.pricing;

import java.util.List;
import java.util.Map;

/**
 * The products of the services Envol prices by usage (requests, GB-months, hours of a managed
 * service), recognised by their {@code usagetype}. A usage type is the region's billing prefix
 * ({@code EUW3-}, none in us-east-1) followed by a name that is the same in every region
 * ({@code Lambda-GB-Second}), so each product is one table row: AWS service code, usage-type
 * suffix, the catalog key it prices. Shared by the Price List refresh and the offer import.
 */
final class UsageProducts {
    /**
     * One priced usage type.
     *
     * @param suffix  the usage type without its region prefix
     * @param exclude a product whose usage type contains this is not this row's ("" for none)
     * @param units   the AWS units of its price dimensions
     */
    record Usage(String serviceCode, String suffix, String exclude, String service, String key,
                 String options, String unit, List<String> units) {
    }

    private static List<String> u(String... units) {
        return List.of(units);
    }

    /** The first row whose suffix ends the usage type wins: longer suffixes come first. */
    static final List<Usage> TABLE = List.of(
        new Usage("AWSLambda", "Lambda-Edge-Request", "", "lambda-edge", "request", "", "request",
            u("Request", "Requests")),
        new Usage("AWSLambda", "Lambda-Edge-GB-Second", "", "lambda-edge", "gb-second", "",
            "GB-second", u("Lambda-GB-Second", "GB-Second", "Second")),
        new Usage("AWSLambda", "Request-ARM", "Edge", "lambda", "request", "arch=arm64", "request",
            u("Request", "Requests")),
        new Usage("AWSLambda", "Lambda-GB-Second-ARM", "Edge", "lambda", "gb-second",
            "arch=arm64", "GB-second", u("Lambda-GB-Second", "GB-Second", "Second")),
        new Usage("AWSLambda", "Request", "Edge", "lambda", "request", "arch=x86_64", "request",
            u("Request", "Requests")),
        new Usage("AWSLambda", "Lambda-GB-Second", "Edge", "lambda", "gb-second", "arch=x86_64",
            "GB-second", u("Lambda-GB-Second", "GB-Second", "Second")),
        new Usage("AmazonEFS", "TimedStorage-ByteHrs", "", "efs", "storage-standard", "",
            "GB-month", u("GB-Mo")),
        new Usage("AWSQueueService", "Requests-FIFO-Tier1", "", "sqs", "request", "fifo=true",
            "request", u("Requests")),
        new Usage("AWSQueueService", "Requests-Tier1", "", "sqs", "request", "fifo=false",
            "request", u("Requests")),
        new Usage("AmazonDynamoDB", "ReadRequestUnits", "", "dynamodb", "read-request", "",
            "request", u("ReadRequestUnits", "ReadCapacityUnit-Hrs")),
        new Usage("AmazonDynamoDB", "WriteRequestUnits", "", "dynamodb", "write-request", "",
            "request", u("WriteRequestUnits", "WriteCapacityUnit-Hrs")),
        new Usage("AmazonDynamoDB", "TimedStorage-ByteHrs", "", "dynamodb", "storage", "",
            "GB-month", u("GB-Mo")),
        new Usage("AmazonCloudWatch", "CW:MetricMonitorUsage", "", "cloudwatch", "custom-metric",
            "", "month", u("Metrics")),
        new Usage("AmazonCloudWatch", "CW:AlarmMonitorUsage", "", "cloudwatch", "alarm", "",
            "month", u("Alarms")),
        new Usage("AmazonCloudWatch", "DataProcessing-Bytes", "", "cloudwatch", "logs-ingest", "",
            "GB", u("GB")),
        new Usage("AmazonCloudWatch", "TimedStorage-ByteHrs", "", "cloudwatch", "logs-storage", "",
            "GB-month", u("GB-Mo")),
        new Usage("AmazonCloudFront", "DataTransfer-Out-Bytes", "", "cloudfront", "data-out", "",
            "GB", u("GB")),
        new Usage("AmazonCloudFront", "Requests-Tier2-HTTPS", "", "cloudfront", "https-request",
            "", "request", u("Requests", "Request")),
        new Usage("AmazonRoute53", "HostedZone", "", "route53", "hosted-zone", "", "zone-month",
            u("HostedZone", "Hosted Zone")),
        new Usage("AmazonRoute53", "DNS-Queries", "", "route53", "query", "", "query",
            u("Queries", "Query")),
        new Usage("awswaf", "WebACL", "", "waf", "web-acl", "", "month", u("WebACL", "Month")),
        new Usage("awswaf", "Rule", "", "waf", "rule", "", "month", u("Rule", "Month")),
        new Usage("awswaf", "Request", "", "waf", "request", "", "request",
            u("Request", "Requests")),
        new Usage("awskms", "KMS-Keys", "", "kms", "key", "", "month", u("Keys", "Key-Month")),
        new Usage("awskms", "KMS-Requests", "", "kms", "request", "", "request",
            u("Requests", "Request")),
        new Usage("AWSSecretsManager", "AWSSecretsManager-Secrets", "", "secrets-manager",
            "secret", "", "month", u("Secrets", "Secret-Month")),
        new Usage("AWSSecretsManager", "AWSSecretsManager-APIRequest", "", "secrets-manager",
            "api-call", "", "request", u("API Requests", "Requests")),
        new Usage("AmazonECS", "Fargate-ARM-vCPU-Hours:perCPU", "Windows", "fargate", "vcpu-hour",
            "arch=arm64", "vCPU-hour", u("hours", "Hrs", "vCPU-Hours")),
        new Usage("AmazonECS", "Fargate-ARM-GB-Hours", "Windows", "fargate", "gb-hour",
            "arch=arm64", "GB-hour", u("GB-Hours", "hours", "Hrs")),
        new Usage("AmazonECS", "Fargate-vCPU-Hours:perCPU", "Windows", "fargate", "vcpu-hour",
            "arch=x86_64", "vCPU-hour", u("hours", "Hrs", "vCPU-Hours")),
        new Usage("AmazonECS", "Fargate-GB-Hours", "Windows", "fargate", "gb-hour",
            "arch=x86_64", "GB-hour", u("GB-Hours", "hours", "Hrs")),
        new Usage("AmazonApiGateway", "ApiGatewayHttpRequest", "", "apigateway", "http-request",
            "", "request", u("Requests", "Request")),
        new Usage("AmazonVPC", "PublicIPv4:InUseAddress", "", "vpc", "public-ipv4", "", "hour",
            u("Hrs", "hours")));

    /** AWS service codes by Envol service, for the services of this table. */
    static final Map<String, String> SERVICE_CODES = Map.ofEntries(
        Map.entry("lambda", "AWSLambda"), Map.entry("lambda-edge", "AWSLambda"),
        Map.entry("efs", "AmazonEFS"), Map.entry("sqs", "AWSQueueService"),
        Map.entry("dynamodb", "AmazonDynamoDB"), Map.entry("cloudwatch", "AmazonCloudWatch"),
        Map.entry("cloudfront", "AmazonCloudFront"), Map.entry("route53", "AmazonRoute53"),
        Map.entry("waf", "awswaf"), Map.entry("kms", "awskms"),
        Map.entry("secrets-manager", "AWSSecretsManager"), Map.entry("fargate", "AmazonECS"),
        Map.entry("apigateway", "AmazonApiGateway"), Map.entry("vpc", "AmazonVPC"));

    private UsageProducts() {
    }

    /** The row pricing a product of {@code serviceCode} with {@code usageType}, or null. */
    static Usage find(String serviceCode, String usageType) {
        if (usageType.isEmpty()) {
            return null;
        }
        for (Usage usage : TABLE) {
            if (usage.serviceCode().equals(serviceCode) && endsWithName(usageType, usage.suffix())
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
