package dev.envol.pricing;

import dev.envol.model.InputException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pricing.PricingClient;
import software.amazon.awssdk.services.pricing.model.Filter;
import software.amazon.awssdk.services.pricing.model.FilterType;
import software.amazon.awssdk.services.pricing.model.GetProductsRequest;
import software.amazon.awssdk.services.pricing.model.GetProductsResponse;

/**
 * Refreshes the price cache from the AWS Price List Query API (GetProducts with TERM_MATCH
 * filters, every page through the SDK paginator). Everything is read first; the cache files are
 * written (atomically) only when every query succeeded, so a failure leaves the cache as it was.
 * Credentials come from the SDK's default chain or a named profile and are never written.
 */
public final class PriceRefresh {
    /**
     * What to refresh.
     *
     * @param endpointUrl   overrides the Price List endpoint (null: the one for the region)
     * @param profile       a named AWS profile (null: the default chain)
     * @param instanceTypes limits EC2 queries to these types (empty: all)
     */
    public record Request(List<String> regions, List<String> services, URI endpointUrl,
                          String profile, List<String> instanceTypes) {
        public Request {
            regions = List.copyOf(regions);
            services = List.copyOf(services);
            instanceTypes = instanceTypes == null ? List.of() : List.copyOf(instanceTypes);
        }
    }

    /**
     * What a refresh wrote.
     *
     * @param unplaced products Envol prices that were skipped because their own attributes name
     *                 no region Envol knows (by SKU and location)
     */
    public record Result(List<Path> files, int prices, int products, List<String> unplaced) {
        public Result {
            unplaced = List.copyOf(unplaced);
        }
    }

    private final Path cacheDir;
    private final RefreshProgress progress;
    private final Clock clock;
    private AwsCredentialsProvider credentials;
    private int maxAttempts = 3;
    private Duration timeout = Duration.ofSeconds(60);

    public PriceRefresh(Path cacheDir, RefreshProgress progress, Clock clock) {
        this.cacheDir = cacheDir;
        this.progress = progress == null ? RefreshProgress.QUIET : progress;
        this.clock = clock;
    }

    /** Uses {@code provider} instead of the default chain or profile (tests). */
    PriceRefresh credentials(AwsCredentialsProvider provider) {
        this.credentials = provider;
        return this;
    }

    /** SDK attempts per call and the timeout of each (tests keep them small). */
    PriceRefresh limits(int attempts, Duration callTimeout) {
        this.maxAttempts = attempts;
        this.timeout = callTimeout;
        return this;
    }

    public Result run(Request request) {
        validate(request);
        List<RefreshQueries.Query> queries = new ArrayList<>();
        for (String region : request.regions()) {
            for (String service : request.services()) {
                queries.addAll(RefreshQueries.of(service, region, request.instanceTypes()));
            }
        }
        Map<String, PriceListProducts> read = new LinkedHashMap<>();
        Map<String, String> endpoints = new HashMap<>();
        Map<String, PricingClient> clients = new HashMap<>();
        try {
            int done = 0;
            int products = 0;
            for (RefreshQueries.Query query : queries) {
                String endpointRegion = RefreshQueries.endpointRegion(query.region());
                String endpoint = request.endpointUrl() != null ? request.endpointUrl().toString()
                    : "api.pricing." + endpointRegion + ".amazonaws.com";
                PricingClient client = clients.computeIfAbsent(endpointRegion,
                    r -> client(r, request));
                PriceListProducts into = read.computeIfAbsent(
                    fileName(query.service(), query.region()), k -> new PriceListProducts());
                endpoints.put(fileName(query.service(), query.region()), endpoint);
                progress.update(done, queries.size(), query.label(), products);
                try {
                    for (GetProductsResponse page : client.getProductsPaginator(
                        getProducts(query))) {
                        for (String json : page.priceList()) {
                            into.add(json, query.region());
                            products++;
                        }
                        progress.update(done, queries.size(), query.label(), products);
                    }
                } catch (SdkException | IllegalArgumentException e) {
                    throw new PriceRefreshException(RefreshFailures.describe(e, endpoint), e);
                }
                done++;
                progress.update(done, queries.size(), query.label(), products);
            }
            return write(read, endpoints, products);
        } finally {
            clients.values().forEach(PricingClient::close);
        }
    }

    private Result write(Map<String, PriceListProducts> read, Map<String, String> endpoints,
                         int products) {
        LocalDate today = LocalDate.now(clock);
        PriceCache cache = new PriceCache(cacheDir);
        List<Path> files = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        read.values().forEach(p -> unplaced.addAll(p.unplaced()));
        int prices = 0;
        for (Map.Entry<String, PriceListProducts> e : read.entrySet()) {
            String publication = e.getValue().newestPublication();
            String source = "AWS Price List Query API (" + endpoints.get(e.getKey()) + ")"
                + (publication.length() >= 10 ? ", published " + publication.substring(0, 10)
                : "") + ", read " + today;
            List<PriceEntry> entries = e.getValue().terms().entries(today, source);
            if (entries.isEmpty()) {
                continue; // nothing priced: keep what the cache had rather than emptying it
            }
            try {
                files.add(cache.write(e.getKey(), "Envol price cache: " + source, entries));
            } catch (IOException ex) {
                throw new PriceRefreshException("cannot write the price cache " + cache.dir()
                    + " (" + ex.getMessage() + ")", ex);
            }
            prices += entries.size();
        }
        return new Result(files, prices, products, unplaced);
    }

    static String fileName(String service, String region) {
        return "refresh-" + service + "-" + region + ".csv";
    }

    private static GetProductsRequest getProducts(RefreshQueries.Query query) {
        List<Filter> filters = new ArrayList<>();
        query.filters().forEach((field, value) -> filters.add(Filter.builder()
            .type(FilterType.TERM_MATCH).field(field).value(value).build()));
        return GetProductsRequest.builder().serviceCode(query.serviceCode()).filters(filters)
            .formatVersion("aws_v1").maxResults(100).build();
    }

    private PricingClient client(String endpointRegion, Request request) {
        AwsCredentialsProvider provider = credentials != null ? credentials
            : request.profile() != null ? ProfileCredentialsProvider.create(request.profile())
            : DefaultCredentialsProvider.builder().build();
        var builder = PricingClient.builder()
            .region(Region.of(endpointRegion))
            .credentialsProvider(provider)
            .httpClientBuilder(UrlConnectionHttpClient.builder()
                .connectionTimeout(timeout).socketTimeout(timeout))
            .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(maxAttempts))
                .apiCallAttemptTimeout(timeout));
        if (request.endpointUrl() != null) {
            builder.endpointOverride(request.endpointUrl());
        }
        return builder.build();
    }

    private static void validate(Request request) {
        if (request.regions().isEmpty()) {
            throw new InputException("--region: at least one region is needed, e.g. eu-west-3");
        }
        for (String region : request.regions()) {
            if (!region.matches("[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\\d")) {
                throw new InputException("--region: '" + region
                    + "' is not an AWS region code (e.g. eu-west-3)");
            }
        }
        for (String service : request.services()) {
            if (!ProductRules.covers(service)) {
                throw new InputException("--services: cannot refresh '" + service
                    + "' (refreshable: " + String.join(", ",
                        new java.util.TreeSet<>(ProductRules.SERVICES)) + ")");
            }
        }
        if (request.endpointUrl() != null && request.endpointUrl().getScheme() == null) {
            throw new InputException("--endpoint-url: '" + request.endpointUrl()
                + "' needs a scheme, e.g. https://api.pricing.us-east-1.amazonaws.com");
        }
    }
}
