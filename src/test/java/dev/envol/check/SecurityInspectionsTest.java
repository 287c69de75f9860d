package dev.envol.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityInspectionsTest {

    @Test
    void unencryptedStoresAreErrorsNamingTheComponentAndTheFix() {
        var project = Models.target()
            .add("orders-db", "aws.rds", "engine", "mysql", "instanceType", "db.r6g.large")
            .add("shared-fs", "aws.efs", "storageGb", 100)
            .add("sessions", "aws.elasticache", "engine", "redis", "nodeType", "cache.r6g.large",
                "encrypted", false)
            .add("logs", "aws.s3", "storageGb", 10, "encrypted", false)
            .add("bets", "aws.dynamodb", "encrypted", false)
            .add("web", "aws.asg", "instanceType", "m6g.large", "min", 2)
            .build();

        List<Finding> findings = Run.rule(new EncryptionAtRestInspection(), project);

        assertThat(Run.components(findings))
            .containsExactly("orders-db", "shared-fs", "sessions", "logs", "bets", "web");
        Finding rds = findings.get(0);
        assertThat(rds.code()).isEqualTo("security.encryption-at-rest");
        assertThat(rds.severity()).isEqualTo(Severity.ERROR);
        assertThat(rds.architecture()).isEqualTo(ArchitectureKind.TARGET);
        assertThat(rds.message()).contains("orders-db").contains("\"encrypted\": true");
        assertThat(findings.get(5).message()).contains("EBS").contains("ebsEncrypted")
            .contains("aws.kms");
    }

    @Test
    void standaloneEbsVolumesMustBeEncryptedToo() {
        var project = Models.target()
            .add("scratch", "aws.ebs", "storageGb", 500)
            .add("archive", "aws.ebs", "storageGb", 100, "encrypted", true)
            .build();

        List<Finding> findings = Run.rule(new EncryptionAtRestInspection(), project);

        assertThat(Run.components(findings)).containsExactly("scratch");
        assertThat(findings.get(0).message()).contains("scratch").contains("\"encrypted\": true");
    }

    @Test
    void encryptedStoresAndCatalogDefaultsPass() {
        var project = Models.target()
            .add("orders-db", "aws.rds", "engine", "mysql", "instanceType", "db.r6g.large",
                "encrypted", true)
            .add("shared-fs", "aws.efs", "storageGb", 100, "encrypted", true)
            .add("sessions", "aws.elasticache", "engine", "redis", "nodeType", "cache.r6g.large",
                "encrypted", true)
            .add("static", "aws.s3", "storageGb", 10)
            .add("bets", "aws.dynamodb")
            .add("web", "aws.asg", "instanceType", "m6g.large", "min", 2, "ebsEncrypted", true)
            .add("batch", "aws.ec2", "instanceType", "m6g.large")
            .add("key", "aws.kms")
            .link("batch", "key")
            .build();

        assertThat(Run.rule(new EncryptionAtRestInspection(), project)).isEmpty();
    }

    @Test
    void internetFacingEntryPointsWithoutWafAreErrors() {
        var project = Models.target()
            .add("users", "external.users")
            .add("cdn", "aws.cloudfront", "dataOutGb", 100)
            .add("public-alb", "aws.alb")
            .add("edge-alb", "aws.alb")
            .add("internal-alb", "aws.alb")
            .publicEndpoint("public-alb")
            .link("users", "cdn")
            .link("edge-alb", "users")
            .link("cdn", "internal-alb")
            .build();

        List<Finding> findings = Run.rule(new WafMissingInspection(), project);

        assertThat(Run.components(findings)).containsExactly("cdn", "public-alb", "edge-alb");
        assertThat(findings).allMatch(f -> f.severity() == Severity.ERROR);
        assertThat(findings.get(0).message()).contains("cdn").contains("aws.waf");
    }

    @Test
    void aWafLinkedEitherWayProtectsTheEntryPoint() {
        var project = Models.target()
            .add("users", "external.users")
            .add("cdn", "aws.cloudfront", "dataOutGb", 100)
            .add("public-alb", "aws.alb")
            .add("waf", "aws.waf")
            .publicEndpoint("public-alb")
            .link("users", "cdn")
            .link("waf", "cdn")
            .link("public-alb", "waf")
            .build();

        assertThat(Run.rule(new WafMissingInspection(), project)).isEmpty();
    }

    @Test
    void shieldMissingIsInformationForEachInternetFacingEntryPoint() {
        var project = Models.target()
            .add("users", "external.users")
            .add("dns", "aws.route53")
            .add("cdn", "aws.cloudfront", "dataOutGb", 100)
            .add("internal-alb", "aws.alb")
            .link("users", "dns")
            .link("users", "cdn")
            .link("cdn", "internal-alb")
            .build();

        List<Finding> findings = Run.rule(new ShieldMissingInspection(), project);

        assertThat(Run.components(findings)).containsExactly("dns", "cdn");
        assertThat(findings).allMatch(f -> f.severity() == Severity.INFO);
        assertThat(findings.get(1).message()).contains("Shield Advanced");
    }

    @Test
    void shieldAdvancedInTheArchitectureCoversItsEntryPoints() {
        var project = Models.target()
            .add("users", "external.users")
            .add("cdn", "aws.cloudfront", "dataOutGb", 100)
            .add("shield", "aws.shield-advanced")
            .link("users", "cdn")
            .build();

        assertThat(Run.rule(new ShieldMissingInspection(), project)).isEmpty();
    }

    @Test
    void applicationTiersUsingADatabaseWithoutASecretStoreAreReported() {
        var project = Models.target()
            .addTo("login", "web", "aws.asg", "instanceType", "m6g.large", "min", 2)
            .addTo("batch", "nightly", "aws.lambda", "requestsMillions", 1)
            .addTo("login", "api", "aws.ec2", "instanceType", "m6g.large")
            .addTo("login", "db", "aws.rds", "engine", "mysql", "instanceType", "db.r6g.large")
            .addTo("batch", "bets", "aws.dynamodb")
            .add("queue", "aws.sqs", "requestsMillions", 1)
            .link("web", "db")
            .link("bets", "nightly")
            .link("api", "queue")
            .build();

        List<Finding> findings = Run.rule(new SecretsStorageInspection(), project);

        assertThat(Run.components(findings)).containsExactly("web", "nightly");
        assertThat(findings.get(0).applications()).containsExactly("login");
        assertThat(findings.get(0).message()).contains("aws.secrets-manager");
    }

    @Test
    void tiersLinkedToSecretsManagerOrParameterStorePass() {
        var project = Models.target()
            .add("web", "aws.asg", "instanceType", "m6g.large", "min", 2)
            .add("nightly", "aws.lambda", "requestsMillions", 1)
            .add("db", "aws.rds", "engine", "mysql", "instanceType", "db.r6g.large")
            .add("secrets", "aws.secrets-manager")
            .add("params", "aws.ssm-parameter-store")
            .link("web", "db")
            .link("web", "secrets")
            .link("nightly", "db")
            .link("params", "nightly")
            .build();

        assertThat(Run.rule(new SecretsStorageInspection(), project)).isEmpty();
    }
}
