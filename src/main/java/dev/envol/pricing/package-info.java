/**
 * Prices: {@link dev.envol.pricing.PriceCatalog} looks up one USD list price by service, region,
 * key and options, or says why it cannot. Behind it: the embedded, date-stamped snapshot shipped
 * in the jar, the local cache filled by a refresh from the AWS Price List Query API or by an offer
 * file import. The only package that imports the AWS SDK.
 */
package dev.envol.pricing;
