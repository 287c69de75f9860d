package dev.envol.pricing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads the {@code PriceList} strings of a GetProducts response: one JSON product each, with its
 * attributes and its OnDemand and Reserved terms. Products Envol does not price are skipped.
 */
final class PriceListProducts {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final TermAssembler terms = new TermAssembler();
    private String newestPublication = "";
    private int products;
    private final java.util.List<String> unplaced = new java.util.ArrayList<>();

    /**
     * Adds one product.
     *
     * @param region the region the query asked for: not used to place the product (its own
     *               {@code regionCode} or {@code location} does), kept for messages
     * @throws IllegalArgumentException when the string is not a Price List product
     */
    void add(String json, String region) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a PriceList element is not JSON: "
                + e.getOriginalMessage());
        }
        JsonNode product = root.path("product");
        if (!product.isObject() || !root.path("terms").isObject()) {
            throw new IllegalArgumentException("a PriceList element has no product or terms");
        }
        products++;
        String publication = root.path("publicationDate").asText("");
        if (publication.compareTo(newestPublication) > 0) {
            newestPublication = publication;
        }
        Map<String, String> attributes = new HashMap<>();
        product.path("attributes").fields().forEachRemaining(
            f -> attributes.put(ProductRules.normalise(f.getKey()), f.getValue().asText()));
        attributes.put("productfamily", product.path("productFamily").asText(""));
        String serviceCode = root.path("serviceCode").asText(attributes.getOrDefault(
            "servicecode", ""));
        // placed by its own attributes, never by the region asked (a server may ignore filters)
        ProductRules.Match match = ProductRules.match(serviceCode,
            name -> attributes.getOrDefault(name, ""), null);
        if (match == null) {
            return;
        }
        if (match.region() == null) {
            unplaced.add(attributes.getOrDefault("sku", product.path("sku").asText("?")) + " ("
                + attributes.getOrDefault("location", "no location") + ")");
            return;
        }
        for (String termType : new String[] {"OnDemand", "Reserved"}) {
            Iterator<Map.Entry<String, JsonNode>> it = root.path("terms").path(termType).fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> term = it.next();
                JsonNode ta = term.getValue().path("termAttributes");
                Iterator<JsonNode> dims = term.getValue().path("priceDimensions").elements();
                while (dims.hasNext()) {
                    JsonNode dim = dims.next();
                    String usd = dim.path("pricePerUnit").path("USD").asText("");
                    if (usd.isEmpty()) {
                        continue;
                    }
                    terms.add(match, term.getKey(), termType,
                        ta.path("LeaseContractLength").asText(""),
                        ta.path("PurchaseOption").asText(""), ta.path("OfferingClass").asText(""),
                        dim.path("unit").asText(""), new BigDecimal(usd),
                        dim.path("beginRange").asText(""));
                }
            }
        }
    }

    /** Products Envol prices whose attributes name no known region: skipped, by SKU. */
    java.util.List<String> unplaced() {
        return unplaced;
    }

    TermAssembler terms() {
        return terms;
    }

    int products() {
        return products;
    }

    /** The newest {@code publicationDate} seen (ISO text), or "". */
    String newestPublication() {
        return newestPublication;
    }
}
