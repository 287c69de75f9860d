package dev.envol.generate;

import static dev.envol.generate.Parts.component;

import dev.envol.model.Component;
import dev.envol.model.Coupling;
import dev.envol.model.Link;
import dev.envol.model.Props;
import java.util.List;
import java.util.Set;

/** The platform every generated application leans on, on premise and on AWS. */
final class SharedServices {
    static final String LOAD_BALANCER = "shared-bigip";
    static final String DIRECTORY = "shared-ldap";
    static final String LOGGING = "shared-elk";
    static final String SCHEDULER = "shared-scheduler";
    static final String CDN = "edge-cloudfront";
    static final String SECRETS = "shared-secrets";
    static final String MONITORING = "shared-cloudwatch";
    static final String KEYS = "shared-kms";

    private SharedServices() {
    }

    static void addTo(List<Component> current, List<Component> target, Set<Link> currentLinks,
                      Set<Link> targetLinks, String app) {
        current.add(component("internet-users", "Internet users", "external.users", null,
            Props.empty(), 0, 0));
        current.add(component(LOAD_BALANCER, "F5 BigIP", "onprem.load-balancer", app,
            costs(2, 40000, 1500), 180, 0));
        current.add(component("shared-varnish", "Varnish", "onprem.cache", app,
            Props.of("count", 2, "engine", "varnish", "hardwareCost", 6000,
                "hostingMonthly", 150), 360, 0));
        current.add(component(DIRECTORY, "OpenLDAP", "onprem.server", app,
            Props.of("count", 2, "cpus", 4, "memoryGb", 16, "storageGb", 100, "os", "linux",
                "hardwareCost", 5000, "hostingMonthly", 120), 540, 0));
        current.add(component(LOGGING, "ELK", "onprem.server", app,
            Props.of("count", 3, "cpus", 8, "memoryGb", 64, "storageGb", 2000, "os", "linux",
                "hardwareCost", 12000, "hostingMonthly", 200), 720, 0));
        current.add(component(SCHEDULER, "Night batch scheduler", "onprem.batch", app,
            costs(1, 8000, 400), 900, 0));
        current.add(component("shared-nfs", "NFS filer", "onprem.storage", app,
            Props.of("count", 1, "capacityGb", 20000, "hardwareCost", 30000,
                "supportMonthly", 600, "hostingMonthly", 300), 1080, 0));
        current.add(component("shared-jenkins", "Jenkins", "onprem.ci", app,
            costs(1, 6000, 0), 1260, 0));
        currentLinks.add(Link.of("internet-users", LOAD_BALANCER, Coupling.SOFT));
        currentLinks.add(Link.of(LOAD_BALANCER, "shared-varnish", Coupling.HARD));

        target.add(component("edge-users", "Internet users", "external.users", null,
            Props.empty(), 0, 200));
        target.add(component("edge-route53", "Route 53", "aws.route53", app,
            Props.of("hostedZones", 3, "queriesMillions", 120), 180, 200));
        target.add(component(CDN, "CloudFront", "aws.cloudfront", app,
            Props.of("dataOutGb", 15000, "httpsRequestsMillions", 900), 360, 200)
            .withPublicEndpoint(true));
        target.add(component("edge-waf", "WAF", "aws.waf", app,
            Props.of("webAcls", 1, "rules", 12, "requestsMillions", 900), 540, 200));
        target.add(component("edge-shield", "Shield Advanced", "aws.shield-advanced", app,
            Props.of("dataOutGb", 15000), 720, 200));
        target.add(component("edge-acm", "Certificates", "aws.acm", app, Props.empty(),
            900, 200));
        target.add(component(SECRETS, "Secrets Manager", "aws.secrets-manager", app,
            Props.of("secrets", 120, "apiCallsTenThousands", 50), 1080, 200));
        target.add(component(MONITORING, "CloudWatch", "aws.cloudwatch", app,
            Props.of("logsIngestGb", 800, "logsStoredGb", 4000, "alarms", 200,
                "customMetrics", 300), 1260, 200));
        target.add(component(KEYS, "KMS", "aws.kms", app,
            Props.of("keys", 10, "requestsTenThousands", 400), 1440, 200));
        target.add(component("shared-nat", "NAT gateway", "aws.nat-gateway", app,
            Props.of("count", 3, "dataProcessedGb", 2000), 1620, 200));
        target.add(component("shared-efs", "Shared EFS", "aws.efs", app,
            Props.of("storageGb", 5000, "encrypted", true), 1800, 200));
        targetLinks.add(Link.of("edge-users", "edge-route53", Coupling.SOFT));
        targetLinks.add(Link.of("edge-users", CDN, Coupling.SOFT));
        targetLinks.add(Link.of(CDN, "edge-waf", Coupling.HARD));
        targetLinks.add(Link.of(CDN, "edge-shield", Coupling.SOFT));
        targetLinks.add(Link.of(CDN, "edge-acm", Coupling.SOFT));
    }

    private static Props costs(int count, int hardware, int licence) {
        return Props.of("count", count, "hardwareCost", hardware, "amortizationMonths", 60,
            "licenceMonthly", licence, "supportMonthly", 300, "hostingMonthly", 250);
    }
}
