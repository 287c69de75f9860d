package dev.envol.cli;

import dev.envol.pricing.CacheDir;
import dev.envol.pricing.PriceRefresh;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code envol prices refresh}: the price cache from the AWS Price List Query API. */
@Command(name = "refresh", mixinStandardHelpOptions = true,
    description = "Refresh the price cache from the AWS Price List Query API (credentials from "
        + "the default chain or --profile; none is ever written). On failure the previous "
        + "prices stay in use (exit 2).")
final class PricesRefreshCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--region", split = ",", paramLabel = "R",
        description = "AWS region(s) to refresh (repeatable; default: us-east-1)")
    List<String> regions = new ArrayList<>();

    @Option(names = "--services", split = ",", paramLabel = "S",
        defaultValue = "ec2,rds,elasticache,s3,ebs,nat-gateway,alb,cloudfront,lambda,lambda-edge,"
            + "route53,waf,kms,sqs,secrets-manager,cloudwatch,dynamodb,efs,fargate,apigateway,vpc",
        description = "Services to refresh (default: ${DEFAULT-VALUE})")
    List<String> services;

    @Option(names = "--instance-types", split = ",", paramLabel = "T",
        description = "Only these EC2 instance types (default: all)")
    List<String> instanceTypes = new ArrayList<>();

    @Option(names = "--endpoint-url", paramLabel = "URL",
        description = "Price List endpoint (default: the one for the region)")
    URI endpointUrl;

    @Option(names = "--profile", paramLabel = "P", description = "AWS profile (default chain)")
    String profile;

    @Option(names = "--cache-dir", description = "Price cache folder (default: the user's)")
    Path cacheDir;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Path cache = cacheDir == null ? CacheDir.resolve() : cacheDir;
        List<String> asked = regions.isEmpty() ? List.of("us-east-1") : regions;
        PriceRefresh.Result result = new PriceRefresh(cache, ProgressBar.forTerminal(err),
            Clock.systemUTC()).run(new PriceRefresh.Request(asked, services, endpointUrl,
                profile, instanceTypes));
        var out = spec.commandLine().getOut();
        out.println("refreshed " + result.prices() + " prices from " + result.products()
            + " products (" + String.join(", ", asked) + ": " + String.join(", ", services)
            + ") into " + CacheDir.prices(cache));
        if (!result.unplaced().isEmpty()) {
            out.println("skipped " + result.unplaced().size() + " product(s) whose attributes"
                + " name no known region: " + String.join(", ", result.unplaced().subList(0,
                    Math.min(5, result.unplaced().size())))
                + (result.unplaced().size() > 5 ? ", ..." : ""));
        }
        if (result.files().isEmpty()) {
            out.println("AWS returned nothing Envol prices; the cache is unchanged");
        }
        return 0;
    }
}
