/**
 * Prices: {@link dev.envol.pricing.PriceCatalog} looks up one USD list price by service, region,
 * key and options, or says why it cannot. Behind it: the embedded, date-stamped snapshot shipped
 * in the jar ({@code embedded-prices.csv}, generated from the shared price data), overlaid by the
 * local cache ({@link dev.envol.pricing.PriceCache}) that {@link dev.envol.pricing.PriceRefresh}
 * fills from the AWS Price List Query API and {@link dev.envol.pricing.OfferImport} from Bulk API
 * offer files; the newest price wins. {@link dev.envol.pricing.ServiceRules} turns a query into a
 * catalog key, {@link dev.envol.pricing.ProductRules} an AWS product into one (instances by
 * code, the services priced by usage through the usage-type table of {@code UsageProducts}),
 * placed in the region its own attributes name; {@code RefreshQueries} holds the GetProducts
 * filters of every service. The only package that imports the AWS SDK.
 */
package dev.envol.pricing;
