/**
 * Checks: rules over the current and target architectures of a model. One {@link
 * dev.envol.check.Inspection} per rule, each with a stable code (such as {@code
 * security.encryption-at-rest}) and a severity, producing {@link dev.envol.check.Finding}s whose
 * messages name the component and say how to fix it. {@link dev.envol.check.Checker} runs them
 * all in a stable order, applies the per-component suppressions and sorts the result.
 *
 * <p>Conventions the rules rely on (documented for model authors):
 * <ul>
 *   <li>Internet-facing: a component with {@code public: true}, or linked (either direction) to
 *       an {@code external.users} component.</li>
 *   <li>WAF in front: a link (either direction) between the entry point and an {@code aws.waf}
 *       component.</li>
 *   <li>Shield Advanced: any {@code aws.shield-advanced} component in the architecture (the
 *       subscription covers the organisation's resources).</li>
 *   <li>Encryption at rest: the type's {@code encrypted} property (catalog default when absent);
 *       for the EBS volumes of {@code aws.ec2} and {@code aws.asg}, {@code ebsEncrypted: true}
 *       or a link (either direction) to an {@code aws.kms} component.</li>
 *   <li>Secrets: an application tier ({@code aws.ec2}, {@code aws.asg}, {@code aws.lambda})
 *       linked to a database ({@code aws.rds}, {@code aws.elasticache}, {@code aws.dynamodb})
 *       holds credentials, and must be linked to {@code aws.secrets-manager} or
 *       {@code aws.ssm-parameter-store}.</li>
 *   <li>Thresholds: {@code settings.checks} (see {@link dev.envol.check.CheckSettings}).</li>
 * </ul>
 */
package dev.envol.check;
