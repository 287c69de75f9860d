package dev.envol.pricing;

import dev.envol.model.PurchaseOption;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers the price dimensions of the terms Envol prices (one OnDemand rate; a reservation's
 * upfront fee and hourly rate, which offer files spread over two rows) and turns each term into a
 * {@link PriceEntry}. A reservation's effective rate is the upfront fee spread over the term's
 * hours (8,760 a year) plus the recurring rate; both parts are kept too.
 */
final class TermAssembler {
    static final BigDecimal HOURS_PER_YEAR = BigDecimal.valueOf(8760);

    private static final class Term {
        final ProductRules.Match match;
        final PurchaseOption purchase;
        final boolean convertible;
        BigDecimal upfront;
        BigDecimal recurring;

        Term(ProductRules.Match match, PurchaseOption purchase, boolean convertible) {
            this.match = match;
            this.purchase = purchase;
            this.convertible = convertible;
        }
    }

    private final Map<String, Term> terms = new LinkedHashMap<>();

    /**
     * One price dimension.
     *
     * @param termKey     identifies the term (SKU and offer term code)
     * @param termType    "OnDemand" or "Reserved"
     * @param lease       "1yr" / "3yr" for reservations
     * @param payment     "No Upfront" / "Partial Upfront" / "All Upfront"
     * @param offeringClass "standard" / "convertible"
     * @param beginRange  the tier's start ("0" or empty for the first tier)
     */
    void add(ProductRules.Match match, String termKey, String termType, String lease,
             String payment, String offeringClass, String unit, BigDecimal usd,
             String beginRange) {
        if (termType.equals("OnDemand")) {
            if (match.accepts(unit) && usd.signum() > 0
                && (beginRange.isEmpty() || new BigDecimal(beginRange).signum() == 0
                || paidFrom(termKey, beginRange))) {
                terms.computeIfAbsent(termKey,
                    k -> new Term(match, PurchaseOption.ON_DEMAND, false)).recurring = usd;
            }
            return;
        }
        if (!termType.equals("Reserved") || !ServiceRules.RESERVABLE.contains(match.service())) {
            return;
        }
        PurchaseOption purchase = reservation(lease, payment);
        if (purchase == null || !(offeringClass.equals("standard")
            || offeringClass.equals("convertible"))) {
            return;
        }
        Term term = terms.computeIfAbsent(termKey,
            k -> new Term(match, purchase, offeringClass.equals("convertible")));
        if (unit.equals("Quantity")) {
            term.upfront = usd;
        } else if (match.accepts(unit)) {
            term.recurring = usd;
        }
    }

    /** The lowest paid tier of each on-demand term, by its begin (a free first tier is skipped). */
    private final Map<String, BigDecimal> paidBegins = new java.util.HashMap<>();

    /**
     * Whether a dimension starting at {@code beginRange} is the lowest paid tier seen so far of
     * its term. AWS lists some free tiers as a first dimension at 0 USD (SQS's first million
     * requests): Envol never deducts free tiers, so the first paid rate is the unit price.
     */
    private boolean paidFrom(String termKey, String beginRange) {
        BigDecimal begin = new BigDecimal(beginRange);
        BigDecimal known = paidBegins.get(termKey);
        Term term = terms.get(termKey);
        if (term != null && term.recurring != null && known == null) {
            return false; // a paid tier from 0 is already known
        }
        if (known == null || begin.compareTo(known) < 0) {
            paidBegins.put(termKey, begin);
            return true;
        }
        return false;
    }

    static PurchaseOption reservation(String lease, String payment) {
        int years = lease.startsWith("1") ? 1 : lease.startsWith("3") ? 3 : 0;
        for (PurchaseOption option : PurchaseOption.values()) {
            if (option.isReserved() && option.years() == years
                && option.awsPaymentOption().equals(payment)) {
                return option;
            }
        }
        return null;
    }

    int size() {
        return terms.size();
    }

    List<PriceEntry> entries(LocalDate asOf, String source) {
        List<PriceEntry> entries = new ArrayList<>(terms.size());
        for (Term t : terms.values()) {
            PriceEntry entry = entry(t, asOf, source);
            if (entry != null) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /** A sink of entries that may fail on I/O. */
    interface Sink {
        void accept(PriceEntry entry) throws java.io.IOException;
    }

    /**
     * Hands over the terms that have all their parts (every term when {@code all}) and forgets
     * them: streaming readers call it when a product ends, keeping memory bounded.
     */
    void drain(boolean all, LocalDate asOf, String source, Sink sink) throws java.io.IOException {
        var it = terms.values().iterator();
        while (it.hasNext()) {
            Term t = it.next();
            boolean complete = t.recurring != null && (t.purchase == PurchaseOption.ON_DEMAND
                || t.upfront != null || t.purchase.awsPaymentOption().equals("No Upfront"));
            if (complete || all) {
                PriceEntry entry = entry(t, asOf, source);
                if (entry != null) {
                    sink.accept(entry);
                }
                it.remove();
            }
        }
    }

    private static PriceEntry entry(Term t, LocalDate asOf, String source) {
        ProductRules.Match m = t.match;
        if (t.purchase == PurchaseOption.ON_DEMAND) {
            return t.recurring == null ? null : new PriceEntry(m.service(), m.region(),
                m.key(), m.options(), t.purchase, strip(t.recurring), m.unit(), null, null,
                asOf, source);
        }
        if (t.upfront == null && t.recurring == null) {
            return null;
        }
        BigDecimal upfront = t.upfront == null ? BigDecimal.ZERO : t.upfront;
        BigDecimal recurring = t.recurring == null ? BigDecimal.ZERO : t.recurring;
        BigDecimal hours = HOURS_PER_YEAR.multiply(BigDecimal.valueOf(t.purchase.years()));
        BigDecimal effective = upfront.divide(hours, 10, RoundingMode.HALF_UP).add(recurring);
        String options = t.convertible ? join(m.options(),
            ServiceRules.OFFERING_CLASS + "=convertible") : m.options();
        return new PriceEntry(m.service(), m.region(), m.key(), options, t.purchase,
            strip(effective), m.unit(), strip(upfront), strip(recurring), asOf, source);
    }

    private static String join(String options, String extra) {
        if (options.isEmpty()) {
            return extra;
        }
        // options are sorted by name: offering-class sorts after deployment and engine, before os
        String[] parts = (options + ";" + extra).split(";");
        java.util.Arrays.sort(parts);
        return String.join(";", parts);
    }

    private static BigDecimal strip(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }
}
