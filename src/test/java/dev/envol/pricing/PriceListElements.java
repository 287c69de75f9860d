package dev.envol.pricing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * PriceList elements in the shape of the Price List Query API (a product with its attributes and
 * one OnDemand term), for refresh tests of the services priced by usage.
 */
public final class PriceListElements {
    private PriceListElements() {
    }

    /**
     * One product.
     *
     * @param dimensions (beginRange, unit, USD) triples of its OnDemand term
     */
    public static String product(String serviceCode, String family, String sku,
                                 Map<String, String> attributes, String... dimensions) {
        ObjectNode root = FakePriceListServer.JSON.createObjectNode();
        root.put("serviceCode", serviceCode);
        root.put("publicationDate", "2026-11-20T00:00:00Z");
        ObjectNode product = root.putObject("product");
        product.put("productFamily", family);
        product.put("sku", sku);
        ObjectNode attrs = product.putObject("attributes");
        attrs.put("servicecode", serviceCode);
        attributes.forEach(attrs::put);
        ObjectNode term = root.putObject("terms").putObject("OnDemand")
            .putObject(sku + ".JRTCKXETXF");
        term.putObject("termAttributes");
        ObjectNode dims = term.putObject("priceDimensions");
        for (int i = 0; i < dimensions.length; i += 3) {
            ObjectNode dim = dims.putObject(sku + ".JRTCKXETXF." + i);
            dim.put("beginRange", dimensions[i]);
            dim.put("endRange", "Inf");
            dim.put("unit", dimensions[i + 1]);
            dim.putObject("pricePerUnit").put("USD", dimensions[i + 2]);
        }
        return root.toString();
    }

    /** A regional product of a usage type ({@code EUW3-...} in eu-west-3) at one rate from 0. */
    public static String usage(String serviceCode, String family, String region, String usageType,
                               String unit, String usd) {
        return product(serviceCode, family, usageType + "-" + region, Map.of("regionCode", region,
            "locationType", "AWS Region", "usagetype", usageType), "0", unit, usd);
    }

    /** An EC2 instance product (shared tenancy, no pre-installed software, License Included). */
    public static String ec2(String region, String type, String os, String usd) {
        return product("AmazonEC2", "Compute Instance", "SKU-" + type + "-" + os + "-" + region,
            Map.of("regionCode", region, "locationType", "AWS Region", "instanceType", type,
                "operatingSystem", os, "tenancy", "Shared", "preInstalledSw", "NA",
                "capacitystatus", "Used", "licenseModel", "No License required",
                "usagetype", "EUW3-BoxUsage:" + type), "0", "Hrs", usd);
    }
}
