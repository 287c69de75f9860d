package dev.envol.cost;

/**
 * Types that cost nothing by themselves: public ACM certificates, standard SSM parameters, and
 * the external actors of a diagram (internet users, third-party systems). No lines, and not
 * unpriced: their cost is known to be 0.
 */
final class FreeRule implements CostRule {
    @Override
    public void price(LineBuilder in) {
        // Reading count validates it like on every other type.
        in.count();
    }
}
