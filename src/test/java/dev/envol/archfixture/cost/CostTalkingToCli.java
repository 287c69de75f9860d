package dev.envol.archfixture.cost;

import dev.envol.archfixture.cli.CommandUsingCost;
import dev.envol.archfixture.ui.Window;

/** A middle package reaching up to the front ends and printing on its own. */
public final class CostTalkingToCli {
    public int total() {
        System.out.println(new Window());
        return new CommandUsingCost().exitCode();
    }
}
