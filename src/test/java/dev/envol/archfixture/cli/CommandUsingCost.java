package dev.envol.archfixture.cli;

import dev.envol.archfixture.cost.CostTalkingToCli;

/** The legitimate direction (cli uses cost), which with the fixture above makes a cycle. */
public final class CommandUsingCost {
    public int exitCode() {
        return 0;
    }

    public int run() {
        return new CostTalkingToCli().total();
    }
}
