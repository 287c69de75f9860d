package dev.envol.cost;

import static dev.envol.cost.CostCategory.COMPUTE;
import static dev.envol.cost.CostCategory.DATABASE;
import static dev.envol.cost.CostCategory.FACILITIES;
import static dev.envol.cost.CostCategory.MANAGEMENT;
import static dev.envol.cost.CostCategory.NETWORK;
import static dev.envol.cost.CostCategory.SECURITY;
import static dev.envol.cost.CostCategory.STORAGE;
import static dev.envol.cost.MeteredRule.meter;

import java.util.Map;
import java.util.Optional;

/**
 * The cost rule of every component type PRODUCT.md lists. Free tiers (Lambda's first million
 * requests, SQS's first million, API Gateway's first year...) are never deducted: they are granted
 * per account, not per component, and an estate's account has usually used them up.
 */
final class CostRules {
    private static final long MILLION = 1_000_000;

    private static final Map<String, CostRule> RULES = Map.ofEntries(
        Map.entry("aws.ec2", new Ec2Rule(false)),
        Map.entry("aws.asg", new Ec2Rule(true)),
        Map.entry("aws.fargate", new FargateRule()),
        Map.entry("aws.api-gateway", new MeteredRule("apigateway", NETWORK,
            meter("HTTP API requests", "requestsMillions", MILLION, "http-request"))),
        Map.entry("aws.public-ipv4", new PublicIpv4Rule()),
        Map.entry("aws.ebs", new MeteredRule("ebs", STORAGE,
            meter("gp3 storage", "storageGb", 1, "gp3"))),
        Map.entry("aws.alb", new AlbRule()),
        Map.entry("aws.cloudfront", new MeteredRule("cloudfront", NETWORK,
            meter("data transfer out", "dataOutGb", 1, "data-out"),
            meter("HTTPS requests", "httpsRequestsMillions", MILLION, "https-request"))),
        Map.entry("aws.lambda-edge", new LambdaRule("lambda-edge")),
        Map.entry("aws.route53", new MeteredRule("route53", NETWORK,
            meter("hosted zones", "hostedZones", 1, "hosted-zone"),
            meter("queries", "queriesMillions", MILLION, "query"))),
        Map.entry("aws.acm", new FreeRule()),
        Map.entry("aws.waf", new MeteredRule("waf", SECURITY,
            meter("web ACLs", "webAcls", 1, "web-acl"),
            meter("rules", "rules", 1, "rule"),
            meter("requests", "requestsMillions", MILLION, "request"))),
        Map.entry("aws.shield-advanced", new ShieldAdvancedRule()),
        Map.entry("aws.s3", new MeteredRule("s3", STORAGE,
            meter("Standard storage", "storageGb", 1, "storage-standard"),
            meter("PUT/COPY/POST/LIST requests", "putRequestsThousands", 1000, "put-request"),
            meter("GET requests", "getRequestsThousands", 1000, "get-request"))),
        Map.entry("aws.efs", new MeteredRule("efs", STORAGE,
            meter("Standard storage", "storageGb", 1, "storage-standard"))),
        Map.entry("aws.rds", new RdsRule()),
        Map.entry("aws.elasticache", new ElastiCacheRule()),
        Map.entry("aws.dynamodb", new MeteredRule("dynamodb", DATABASE,
            meter("write requests", "writeRequestsMillions", MILLION, "write-request"),
            meter("read requests", "readRequestsMillions", MILLION, "read-request"),
            meter("storage", "storageGb", 1, "storage"))),
        Map.entry("aws.lambda", new LambdaRule("lambda")),
        Map.entry("aws.sqs", new SqsRule()),
        Map.entry("aws.kms", new MeteredRule("kms", SECURITY,
            meter("customer managed keys", "keys", 1, "key"),
            meter("requests", "requestsTenThousands", 10_000, "request"))),
        Map.entry("aws.secrets-manager", new MeteredRule("secrets-manager", SECURITY,
            meter("secrets", "secrets", 1, "secret"),
            meter("API calls", "apiCallsTenThousands", 10_000, "api-call"))),
        Map.entry("aws.ssm-parameter-store", new FreeRule()),
        Map.entry("aws.cloudwatch", new MeteredRule("cloudwatch", MANAGEMENT,
            meter("logs ingested", "logsIngestGb", 1, "logs-ingest"),
            meter("logs stored", "logsStoredGb", 1, "logs-storage"),
            meter("alarms", "alarms", 1, "alarm"),
            meter("custom metrics", "customMetrics", 1, "custom-metric"))),
        Map.entry("aws.nat-gateway", new NatGatewayRule()),
        Map.entry("aws.data-transfer", new MeteredRule("data-transfer", NETWORK,
            meter("data transfer out to the internet", "internetOutGb", 1, "internet-out"))),
        Map.entry("aws.other", new OtherRule()),
        Map.entry("onprem.server", new OnPremRule(COMPUTE)),
        Map.entry("onprem.load-balancer", new OnPremRule(NETWORK)),
        Map.entry("onprem.cache", new OnPremRule(DATABASE)),
        Map.entry("onprem.database", new OnPremRule(DATABASE)),
        Map.entry("onprem.app-server", new OnPremRule(COMPUTE)),
        Map.entry("onprem.storage", new OnPremRule(STORAGE)),
        Map.entry("onprem.network", new OnPremRule(NETWORK)),
        Map.entry("onprem.ci", new OnPremRule(COMPUTE)),
        Map.entry("onprem.batch", new OnPremRule(COMPUTE)),
        Map.entry("onprem.external", new OnPremRule(FACILITIES)),
        Map.entry("external.users", new FreeRule()),
        Map.entry("external.system", new FreeRule()));

    private CostRules() {
    }

    static Optional<CostRule> forType(String type) {
        return Optional.ofNullable(RULES.get(type));
    }

    static java.util.Set<String> types() {
        return RULES.keySet();
    }
}
