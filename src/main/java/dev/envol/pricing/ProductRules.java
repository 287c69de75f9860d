package dev.envol.pricing;

import java.util.Set;

/** Which AWS products Envol reads from the Price List API and offer files, and as what. */
public final class ProductRules {
    /** Services a refresh or an offer import can fill. */
    public static final Set<String> SERVICES = Set.of("ec2", "rds", "elasticache", "s3");

    private ProductRules() {
    }

    public static boolean covers(String service) {
        return SERVICES.contains(service);
    }
}
