package dev.envol.check;

import dev.envol.catalog.ComponentCatalog;
import dev.envol.catalog.PropertySpec;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Data stores must be encrypted at rest with KMS (the reference migration encrypted EBS, EFS, RDS
 * and Redis). For RDS, EFS, ElastiCache, S3, DynamoDB and standalone EBS volumes ({@code aws.ebs})
 * the type's {@code encrypted} property
 * decides, with the catalog default when absent (S3 and DynamoDB encrypt by default, the others
 * do not). The EBS volumes of EC2 instances and Auto Scaling groups count as encrypted with
 * {@code ebsEncrypted: true} or a link to an {@code aws.kms} key.
 */
public final class EncryptionAtRestInspection extends RuleInspection {
    public static final String CODE = "security.encryption-at-rest";

    private static final Set<String> STORES =
        Set.of("aws.rds", "aws.efs", "aws.elasticache", "aws.s3", "aws.dynamodb", "aws.ebs");
    private static final Set<String> EBS_USERS = Set.of("aws.ec2", "aws.asg");

    public EncryptionAtRestInspection() {
        super(CODE, Severity.ERROR,
            "RDS, EFS, ElastiCache, S3, DynamoDB and EBS volumes encrypted at rest with KMS");
    }

    @Override
    public List<Finding> inspect(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ArchitectureKind kind : ArchitectureKind.values()) {
            Topology topology = context.topology(kind);
            for (Component c : topology.components()) {
                if (STORES.contains(c.type()) && !c.props().flag("encrypted", defaultOf(c))) {
                    findings.add(finding(kind, c, Describe.component(c)
                        + " is not encrypted at rest: set \"encrypted\": true and use a KMS key."));
                } else if (EBS_USERS.contains(c.type()) && !c.props().flag("ebsEncrypted", false)
                    && !topology.linkedToType(c, "aws.kms")) {
                    findings.add(finding(kind, c, "The EBS volumes of " + Describe.component(c)
                        + " are not encrypted: set \"ebsEncrypted\": true or link it to the"
                        + " aws.kms key that encrypts them."));
                }
            }
        }
        return findings;
    }

    private static boolean defaultOf(Component c) {
        return ComponentCatalog.standard().find(c.type())
            .flatMap(t -> t.property("encrypted"))
            .map(PropertySpec::defaultValue)
            .map(Boolean.TRUE::equals)
            .orElse(false);
    }
}
