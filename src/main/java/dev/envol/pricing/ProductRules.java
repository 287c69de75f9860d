package dev.envol.pricing;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which AWS products Envol prices and as what catalog key: shared by the Price List refresh and
 * the offer-file import so that both read a product the same way. Which services and codes, and
 * the reader of each, are rows of {@link PricedServices}; this class places a product's region
 * and reads attribute names. Attribute names are compared
 * normalised (lower case, letters and digits only), so {@code "Instance Type"} in an offer CSV
 * header and {@code instanceType} in a Price List product are the same attribute.
 */
public final class ProductRules {
    /**
     * Services a refresh or an offer import can fill, sorted: every service of
     * {@link PricedServices} with a reader.
     */
    public static final Set<String> SERVICES = PricedServices.REFRESHABLE;
    /** Older products and offer files name the region only by its location. */
    private static final Map<String, String> LOCATIONS = Map.ofEntries(
        Map.entry("US East (N. Virginia)", "us-east-1"), Map.entry("US East (Ohio)", "us-east-2"),
        Map.entry("US West (N. California)", "us-west-1"), Map.entry("US West (Oregon)", "us-west-2"),
        Map.entry("EU (Ireland)", "eu-west-1"), Map.entry("Europe (Ireland)", "eu-west-1"),
        Map.entry("EU (London)", "eu-west-2"), Map.entry("Europe (London)", "eu-west-2"),
        Map.entry("EU (Paris)", "eu-west-3"), Map.entry("Europe (Paris)", "eu-west-3"),
        Map.entry("EU (Frankfurt)", "eu-central-1"), Map.entry("Europe (Frankfurt)", "eu-central-1"),
        Map.entry("EU (Stockholm)", "eu-north-1"), Map.entry("EU (Milan)", "eu-south-1"),
        Map.entry("Asia Pacific (Tokyo)", "ap-northeast-1"),
        Map.entry("Asia Pacific (Mumbai)", "ap-south-1"),
        Map.entry("Asia Pacific (Singapore)", "ap-southeast-1"),
        Map.entry("Asia Pacific (Sydney)", "ap-southeast-2"),
        Map.entry("Canada (Central)", "ca-central-1"),
        Map.entry("South America (Sao Paulo)", "sa-east-1"));

    /** The attributes of one product, by normalised name; "" when absent. */
    public interface Attributes {
        String get(String normalisedName);

        /** Whether the attribute is {@code value}; readers may answer without making a String. */
        default boolean is(String normalisedName, String value) {
            return get(normalisedName).equals(value);
        }
    }

    /**
     * What a product prices.
     *
     * @param region        where the product's own attributes place it; null when they name no
     *                      region Envol knows (the product is then skipped and counted)
     * @param dimensionUnit the AWS unit of the price dimensions to read ("Hrs", "GB-Mo", ...)
     * @param otherUnits    other spellings of that unit in the Price List (may be empty)
     */
    public record Match(String service, String region, String key, String options, String unit,
                       String dimensionUnit, List<String> otherUnits) {
        public Match(String service, String region, String key, String options, String unit,
                     String dimensionUnit) {
            this(service, region, key, options, unit, dimensionUnit, List.of());
        }

        /** Whether a price dimension in {@code awsUnit} prices this product's unit. */
        public boolean accepts(String awsUnit) {
            return awsUnit.equals(dimensionUnit) || otherUnits.contains(awsUnit);
        }

        Match in(String newRegion) {
            return new Match(service, newRegion, key, options, unit, dimensionUnit, otherUnits);
        }
    }

    private ProductRules() {
    }

    public static boolean covers(String service) {
        return SERVICES.contains(service);
    }

    /** {@code "Pre Installed S/W"} -> {@code "preinstalledsw"}. */
    public static String normalise(String attribute) {
        StringBuilder name = new StringBuilder(attribute.length());
        for (int i = 0; i < attribute.length(); i++) {
            char c = attribute.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                name.append(Character.toLowerCase(c));
            }
        }
        return name.toString();
    }

    /**
     * The catalog key of a product, or null when Envol does not price it. The region is the one
     * the product's own attributes name ({@code regionCode}, else {@code location} mapped to a
     * code, else {@code fallbackRegion}); global services are placed in {@code global}. When
     * nothing places it, the match has a null region: the caller skips and counts it.
     *
     * @param fallbackRegion the region of a regional offer file, or null (never the region a
     *                       Price List query asked for: a product answers for itself)
     */
    public static Match match(String serviceCode, Attributes a, String fallbackRegion) {
        Match match = null;
        for (ProductReader reader : PricedServices.readers(serviceCode)) {
            match = reader.read(serviceCode, a);
            if (match != null) {
                break;
            }
        }
        if (match == null) {
            return null;
        }
        if (ServiceRules.GLOBAL.contains(match.service())) {
            return match.in(ServiceRules.GLOBAL_REGION);
        }
        if (!a.is("locationtype", "AWS Region") && !a.is("locationtype", "")) {
            return null;
        }
        String region = a.get("regioncode");
        if (region.isEmpty()) {
            region = LOCATIONS.getOrDefault(a.get("location"), fallbackRegion);
        }
        return match.in(region == null || region.isEmpty() ? null : region);
    }
}
