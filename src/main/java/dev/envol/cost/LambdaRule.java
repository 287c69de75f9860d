package dev.envol.cost;

import static dev.envol.cost.CostCategory.COMPUTE;

import java.math.BigDecimal;
import java.util.Map;

/**
 * {@code aws.lambda} and {@code aws.lambda-edge}: requests plus GB-seconds
 * (requests x duration in seconds x memory in GB, with 1 GB = 1024 MB as AWS bills it).
 * Lambda's free tier (1M requests and 400,000 GB-seconds a month) is not deducted: it is per
 * account. Lambda@Edge has none.
 */
final class LambdaRule implements CostRule {
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal MB_PER_GB = BigDecimal.valueOf(1024);

    private final String service;

    LambdaRule(String service) {
        this.service = service;
    }

    @Override
    public void price(LineBuilder in) {
        BigDecimal requestsMillions = in.number("requestsMillions");
        BigDecimal durationMs = in.number("avgDurationMs");
        BigDecimal memoryMb = in.number("memoryMb");
        Map<String, String> options = Map.of();
        if (service.equals("lambda")) {
            String arch = in.text("arch");
            options = Map.of("arch", arch == null ? "x86_64" : arch);
        }
        if (requestsMillions == null) {
            return;
        }
        BigDecimal requests = requestsMillions.multiply(MILLION).multiply(in.count());
        in.aws("requests", COMPUTE, requests, in.query(service, "request", options, false));
        if (durationMs != null && memoryMb != null) {
            // 1/1000 and 1/1024 are exact decimals, so GB-seconds stay exact (and an exact
            // division is cheaper than one to 34 digits, with the same result).
            BigDecimal gbSeconds = requests.multiply(durationMs.divide(THOUSAND))
                .multiply(memoryMb.divide(MB_PER_GB));
            in.aws("compute (GB-seconds)", COMPUTE, gbSeconds,
                in.query(service, "gb-second", options, false));
        }
    }
}
