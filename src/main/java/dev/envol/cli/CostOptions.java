package dev.envol.cli;

import dev.envol.model.InputException;
import dev.envol.model.Project;
import dev.envol.model.PurchaseOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Validation of the cost commands' options, each failure one line naming the option. */
final class CostOptions {
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-gov)?-[a-z]+-[0-9]");

    private CostOptions() {
    }

    static String format(String value, String... allowed) {
        String format = value.toLowerCase(Locale.ROOT);
        if (!List.of(allowed).contains(format)) {
            throw new InputException("--format: unknown format '" + value + "' (expected "
                + String.join(", ", allowed) + ")");
        }
        return format;
    }

    /** {@code --pricing}: a purchase option key, or {@code null} when not given. */
    static PurchaseOption purchase(String pricing) {
        if (pricing == null) {
            return null;
        }
        return PurchaseOption.fromKey(pricing).orElseThrow(() ->
            new InputException("--pricing: unknown purchase option '" + pricing
                + "' (expected one of " + String.join(", ", Arrays.stream(
                    PurchaseOption.values()).map(PurchaseOption::key).toList()) + ")"));
    }

    /** {@code --region}: an AWS region code, or {@code null} when not given. */
    static String region(String region) {
        if (region != null && !REGION.matcher(region).matches()) {
            throw new InputException("--region: '" + region
                + "' is not an AWS region code (e.g. eu-west-3)");
        }
        return region;
    }

    /** The project with the what-if overrides (already validated), if any. */
    static Project whatIf(Project project, PurchaseOption pricing, String region) {
        Project result = project;
        if (pricing != null) {
            result = result.withSettings(result.settings().withPricing(pricing));
        }
        if (region != null) {
            result = result.withSettings(result.settings().withRegion(region));
        }
        return result;
    }
}
