package dev.envol.catalog;

import static dev.envol.catalog.Category.COMPUTE;
import static dev.envol.catalog.Category.DATABASE;
import static dev.envol.catalog.Category.INTEGRATION;
import static dev.envol.catalog.Category.MANAGEMENT;
import static dev.envol.catalog.Category.NETWORK;
import static dev.envol.catalog.Category.SECURITY;
import static dev.envol.catalog.Category.STORAGE;

import dev.envol.model.PurchaseOption;
import java.util.Arrays;
import java.util.List;

/** The AWS component types of PRODUCT.md, with their usage properties and defaults. */
final class AwsTypes {
    private AwsTypes() {
    }

    /** {@code count}, {@code region} and {@code pricing}: every AWS type takes them. */
    static List<PropertySpec> common() {
        String[] options = Arrays.stream(PurchaseOption.values()).map(PurchaseOption::key)
            .toArray(String[]::new);
        return List.of(
            new PropertySpec("count", PropertyKind.INTEGER, "", 1,
                "Identical units this component stands for", null, false),
            new PropertySpec("region", PropertyKind.TEXT, "", null,
                "AWS region overriding the model's (e.g. eu-west-1)", null, false),
            new PropertySpec("pricing", PropertyKind.CHOICE, "", null,
                "Purchase option overriding the model's", List.of(options), false));
    }

    static List<TypeBuilder> all() {
        return List.of(
            aws("aws.ec2", "EC2 instance", COMPUTE, "mdi2s-server")
                .requiredText("instanceType", "EC2 instance type, e.g. m5.large")
                .choice("os", "linux", "Operating system", "linux", "windows")
                .number("ebsGb", "GB", 0, "EBS gp3 storage per instance")
                .flag("ebsEncrypted", false, "EBS volumes encrypted at rest with KMS")
                .number("hoursPerMonth", "h", null, "Running hours a month (default: the model's)"),
            aws("aws.fargate", "Fargate tasks", COMPUTE, "mdi2d-docker")
                .describe("ECS/EKS tasks on Fargate, Linux: vCPU-hours plus GB-hours")
                .requiredNumber("vcpu", "vCPU", "vCPUs of one task")
                .requiredNumber("memoryGb", "GB", "Memory of one task")
                .number("tasks", "tasks", 1, "Tasks running on average over the month")
                .choice("arch", "x86_64", "CPU architecture", "x86_64", "arm64"),
            aws("aws.asg", "EC2 Auto Scaling group", COMPUTE, "mdi2s-server-network")
                .requiredText("instanceType", "EC2 instance type, e.g. m6g.large")
                .requiredInteger("min", "instances", "Minimum size of the group")
                .integer("max", "instances", null, "Maximum size of the group")
                .number("average", "instances", null,
                    "Average instances running over the month (default: min)")
                .number("ebsGb", "GB", 0, "EBS gp3 storage per instance")
                .flag("ebsEncrypted", false, "EBS volumes encrypted at rest with KMS"),
            aws("aws.alb", "Application Load Balancer", NETWORK, "mdi2s-scale-balance")
                .number("lcu", "LCU", 1, "Average load balancer capacity units an hour"),
            aws("aws.public-ipv4", "Public IPv4 addresses", NETWORK, "mdi2i-ip-network")
                .describe("In-use public IPv4 addresses, billed by the hour")
                .integer("addresses", "addresses", 1, "Addresses in use all month"),
            aws("aws.cloudfront", "CloudFront", NETWORK, "mdi2c-cloud")
                .requiredNumber("dataOutGb", "GB/month", "Data transferred out to the internet")
                .number("httpsRequestsMillions", "M requests/month", 0, "HTTPS requests"),
            aws("aws.lambda-edge", "Lambda@Edge", COMPUTE, "mdi2l-lambda")
                .requiredNumber("requestsMillions", "M requests/month", "Invocations")
                .number("avgDurationMs", "ms", 5, "Average duration")
                .number("memoryMb", "MB", 128, "Memory"),
            aws("aws.route53", "Route 53", NETWORK, "mdi2s-sitemap")
                .integer("hostedZones", "zones", 1, "Hosted zones")
                .number("queriesMillions", "M queries/month", 0, "Standard queries"),
            aws("aws.acm", "Certificate Manager", SECURITY, "mdi2c-certificate")
                .describe("Public certificates are free"),
            aws("aws.waf", "WAF", SECURITY, "mdi2w-wall-fire")
                .integer("webAcls", "web ACLs", 1, "Web ACLs")
                .integer("rules", "rules", 0, "Rules across the web ACLs")
                .number("requestsMillions", "M requests/month", 0, "Requests inspected"),
            aws("aws.shield-advanced", "Shield Advanced", SECURITY, "mdi2s-shield-check")
                .describe("Subscription counted once per model (per organisation)")
                .number("dataOutGb", "GB/month", 0, "Data transfer out of protected resources"),
            aws("aws.s3", "S3 bucket", STORAGE, "mdi2b-bucket")
                .requiredNumber("storageGb", "GB", "Standard storage")
                .number("putRequestsThousands", "k requests/month", 0, "PUT, COPY, POST, LIST")
                .number("getRequestsThousands", "k requests/month", 0, "GET and others")
                .flag("encrypted", true, "Encrypted at rest with KMS"),
            aws("aws.ebs", "EBS volume", STORAGE, "mdi2h-harddisk")
                .describe("Standalone gp3 volumes (instances' own volumes are their ebsGb)")
                .requiredNumber("storageGb", "GB", "gp3 storage")
                .flag("encrypted", false, "Encrypted at rest with KMS"),
            aws("aws.efs", "Elastic File System", STORAGE, "mdi2f-folder-network")
                .requiredNumber("storageGb", "GB", "Standard storage")
                .flag("encrypted", false, "Encrypted at rest with KMS"),
            aws("aws.rds", "RDS database", DATABASE, "mdi2d-database")
                .choice("engine", null, "Database engine", "mysql", "postgresql", "mariadb")
                .requiredText("instanceType", "RDS instance class, e.g. db.r6g.large")
                .flag("multiAz", false, "Multi-AZ deployment (a standby in a second AZ)")
                .number("storageGb", "GB", 20, "General Purpose SSD storage")
                .choice("storageType", "gp2", "General Purpose SSD generation", "gp2", "gp3")
                .flag("encrypted", false, "Encrypted at rest with KMS"),
            aws("aws.elasticache", "ElastiCache", DATABASE, "mdi2m-memory")
                .choice("engine", null, "Cache engine", "redis", "memcached", "valkey")
                .requiredText("nodeType", "Node type, e.g. cache.r6g.large")
                .integer("nodes", "nodes", 1, "Nodes in the cluster")
                .flag("encrypted", false, "Encrypted at rest with KMS"),
            aws("aws.dynamodb", "DynamoDB table", DATABASE, "mdi2t-table-large")
                .number("writeRequestsMillions", "M writes/month", 0, "On-demand write requests")
                .number("readRequestsMillions", "M reads/month", 0, "On-demand read requests")
                .number("storageGb", "GB", 0, "Table storage")
                .flag("encrypted", true, "Encrypted with a KMS key (AWS owned by default)"),
            aws("aws.lambda", "Lambda function", COMPUTE, "mdi2l-lambda")
                .requiredNumber("requestsMillions", "M requests/month", "Invocations")
                .number("avgDurationMs", "ms", 100, "Average duration")
                .number("memoryMb", "MB", 128, "Memory")
                .choice("arch", "x86_64", "Architecture", "x86_64", "arm64"),
            aws("aws.sqs", "SQS queue", INTEGRATION, "mdi2t-tray-full")
                .requiredNumber("requestsMillions", "M requests/month", "API requests")
                .flag("fifo", false, "FIFO queue"),
            aws("aws.api-gateway", "API Gateway (HTTP API)", INTEGRATION, "mdi2a-arrow-decision")
                .requiredNumber("requestsMillions", "M requests/month", "HTTP API requests"),
            aws("aws.kms", "KMS", SECURITY, "mdi2k-key-variant")
                .integer("keys", "keys", 1, "Customer managed keys")
                .number("requestsTenThousands", "x10k requests/month", 0, "API requests"),
            aws("aws.secrets-manager", "Secrets Manager", SECURITY, "mdi2s-shield-lock")
                .integer("secrets", "secrets", 1, "Secrets stored")
                .number("apiCallsTenThousands", "x10k calls/month", 0, "API calls"),
            aws("aws.ssm-parameter-store", "SSM Parameter Store", MANAGEMENT, "mdi2f-folder-key")
                .integer("standardParameters", "parameters", 0, "Standard parameters (free)"),
            aws("aws.cloudwatch", "CloudWatch", MANAGEMENT, "mdi2c-chart-line")
                .number("logsIngestGb", "GB/month", 0, "Logs ingested")
                .number("logsStoredGb", "GB", 0, "Logs stored")
                .integer("alarms", "alarms", 0, "Standard alarms")
                .integer("customMetrics", "metrics", 0, "Custom metrics")
                // large fleets publish millions of custom metrics: a count of things, but more
                .max(java.math.BigDecimal.TEN.pow(8)),
            aws("aws.nat-gateway", "NAT gateway", NETWORK, "mdi2s-swap-horizontal")
                .requiredNumber("dataProcessedGb", "GB/month", "Data processed"),
            aws("aws.data-transfer", "Data transfer", NETWORK, "mdi2e-earth")
                .requiredNumber("internetOutGb", "GB/month", "Data transferred out to the internet"),
            aws("aws.other", "Other AWS cost", MANAGEMENT, "mdi2c-cloud")
                .requiredNumber("monthlyUsd", "USD/month", "Monthly cost")
                .text("description", null, "What it is (support plan, marketplace, ...)"));
    }

    private static TypeBuilder aws(String key, String name, Category category, String icon) {
        return new TypeBuilder(key, name, category, icon).all(common());
    }
}
