package dev.envol.check;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An application tier that talks to a database holds its credentials; they belong in Secrets
 * Manager or Parameter Store, linked to the tier, not in configuration files or AMIs.
 */
public final class SecretsStorageInspection extends RuleInspection {
    public static final String CODE = "security.secrets-storage";

    private static final Set<String> TIERS = Set.of("aws.ec2", "aws.asg", "aws.lambda");
    private static final String[] DATABASES = {"aws.rds", "aws.elasticache", "aws.dynamodb"};
    private static final String[] SECRET_STORES =
        {"aws.secrets-manager", "aws.ssm-parameter-store"};

    public SecretsStorageInspection() {
        super(CODE, Severity.ERROR,
            "Database credentials of application tiers kept in Secrets Manager or Parameter"
            + " Store");
    }

    @Override
    public List<Finding> inspect(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ArchitectureKind kind : ArchitectureKind.values()) {
            Topology topology = context.topology(kind);
            for (Component c : topology.components()) {
                if (TIERS.contains(c.type()) && topology.linkedToType(c, DATABASES)
                    && !topology.linkedToType(c, SECRET_STORES)) {
                    findings.add(finding(kind, c, Describe.component(c)
                        + " uses a database but no secret store: keep its credentials in"
                        + " aws.secrets-manager or aws.ssm-parameter-store and link it."));
                }
            }
        }
        return findings;
    }
}
