package dev.envol.pricing;

/** Told after each page of a refresh; front ends draw a progress bar or stay quiet. */
@FunctionalInterface
public interface RefreshProgress {
    RefreshProgress QUIET = (done, total, label, products) -> { };

    /**
     * @param done     queries finished
     * @param total    queries in the refresh
     * @param label    the query being read, e.g. "ec2 Linux eu-west-3"
     * @param products products read so far
     */
    void update(int done, int total, String label, int products);
}
