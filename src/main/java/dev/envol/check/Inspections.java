package dev.envol.check;

import java.util.List;

/** Every rule of this build, in the order they run (security, resilience, cost, model). */
public final class Inspections {
    private Inspections() {
    }

    public static List<Inspection> all() {
        return List.of(
            new EncryptionAtRestInspection(),
            new WafMissingInspection(),
            new ShieldMissingInspection(),
            new SecretsStorageInspection(),
            new SingleAzInspection(),
            new AsgMinCapacityInspection(),
            new PreviousGenerationInspection(),
            new GravitonCandidateInspection(),
            new UnpricedInspection(),
            new DanglingLinkInspection());
    }
}
