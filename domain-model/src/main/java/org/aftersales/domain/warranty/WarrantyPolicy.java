package org.aftersales.domain.warranty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * W1–W3: the warranty of a product on a date.
 * <ul>
 * <li>W2 start: the purchase date when there is a proof of purchase (invoice, warranty card or
 * another valid proof) and a purchase date; otherwise the factory date plus the grace months
 * (default 3). The date encoded in a serial number is not modelled: without proof the factory date
 * must be known.</li>
 * <li>W1 terms per component: the most specific applicable term of the table (model, then category,
 * then any; a use-specific term before a use-free one); a written commitment for the product wins.
 * A component is covered until start + months − 1 day; a date before the start counts as covered
 * (the product is new, the warranty has not even begun to run).</li>
 * <li>W3: a serial plate that is not intact, or an altered purchase record, voids the warranty.</li>
 * </ul>
 */
public final class WarrantyPolicy {

    private final int noProofGraceMonths;

    public WarrantyPolicy(int noProofGraceMonths) {
        if (noProofGraceMonths < 0) {
            throw new IllegalArgumentException("The grace months cannot be negative.");
        }
        this.noProofGraceMonths = noProofGraceMonths;
    }

    public static WarrantyPolicy defaults() {
        return new WarrantyPolicy(3);
    }

    /** W1 defaults: household 3 years whole unit and 5 years compressor; commercial and industrial 1 and 3. */
    public static List<WarrantyTerm> w1Defaults() {
        return List.of(
                new WarrantyTerm(null, null, ProductUse.HOUSEHOLD, Components.WHOLE_UNIT, 36),
                new WarrantyTerm(null, null, ProductUse.HOUSEHOLD, Components.COMPRESSOR, 60),
                new WarrantyTerm(null, null, ProductUse.COMMERCIAL, Components.WHOLE_UNIT, 12),
                new WarrantyTerm(null, null, ProductUse.COMMERCIAL, Components.COMPRESSOR, 36),
                new WarrantyTerm(null, null, ProductUse.INDUSTRIAL, Components.WHOLE_UNIT, 12),
                new WarrantyTerm(null, null, ProductUse.INDUSTRIAL, Components.COMPRESSOR, 36));
    }

    public WarrantyAssessment assess(ProductFacts product, List<WarrantyTerm> terms, LocalDate date) {
        Objects.requireNonNull(product, "The product is required.");
        Objects.requireNonNull(terms, "The terms are required.");
        Objects.requireNonNull(date, "The date is required.");
        StartBasis basis;
        LocalDate start;
        if (product.proof() != ProofOfPurchase.NONE && product.purchaseDate() != null) {
            basis = StartBasis.PURCHASE_PROOF; // W2: the purchase date on a valid proof
            start = product.purchaseDate();
        } else {
            if (product.factoryDate() == null) {
                throw new IllegalArgumentException("Without proof of purchase the factory date is needed (W2).");
            }
            basis = StartBasis.FACTORY_DATE_PLUS_3_MONTHS; // W2: factory date + 3 months without proof
            start = product.factoryDate().plusMonths(noProofGraceMonths);
        }
        Map<String, Integer> months = monthsPerComponent(product, terms);
        if (!months.containsKey(Components.WHOLE_UNIT)) {
            throw new IllegalArgumentException("No warranty term for the whole unit applies to model " + product.model()
                    + " (" + product.use() + "): the terms table is incomplete (W1).");
        }
        boolean isVoid = product.serialStatus() != SerialStatus.OK || product.purchaseRecordAltered(); // W3
        List<Coverage> coverage = new ArrayList<>();
        List<String> order = new ArrayList<>(months.keySet());
        order.sort(Comparator.comparing((String c) -> !c.equals(Components.WHOLE_UNIT)).thenComparing(c -> c));
        for (String component : order) {
            LocalDate until = start.plusMonths(months.get(component)).minusDays(1);
            coverage.add(new Coverage(component, until, !isVoid && !date.isAfter(until)));
        }
        LocalDate wholeUntil = coverage.get(0).until();
        if (isVoid) {
            return product.serialStatus() != SerialStatus.OK
                    ? new WarrantyAssessment(product.serialNumber(), date, WarrantyStatus.VOID, start, basis, coverage,
                            "warranty.reason.void.serial", List.of(product.serialStatus().name()))
                    : new WarrantyAssessment(product.serialNumber(), date, WarrantyStatus.VOID, start, basis, coverage,
                            "warranty.reason.void.purchaseRecord", List.of());
        }
        if (coverage.get(0).coveredOn()) {
            return new WarrantyAssessment(product.serialNumber(), date, WarrantyStatus.IN_WARRANTY, start, basis,
                    coverage, "warranty.reason.inWarranty", List.of(basis.name(), wholeUntil.toString()));
        }
        List<String> stillCovered = coverage.stream().filter(Coverage::coveredOn).map(Coverage::component).toList();
        return stillCovered.isEmpty()
                ? new WarrantyAssessment(product.serialNumber(), date, WarrantyStatus.EXPIRED, start, basis, coverage,
                        "warranty.reason.expired", List.of(wholeUntil.toString()))
                : new WarrantyAssessment(product.serialNumber(), date, WarrantyStatus.EXPIRED, start, basis, coverage,
                        "warranty.reason.componentOnly", List.of(String.join(", ", stillCovered)));
    }

    /** W1: per component, the most specific applicable term; a product's written commitment wins. */
    static Map<String, Integer> monthsPerComponent(ProductFacts product, List<WarrantyTerm> terms) {
        Map<String, WarrantyTerm> best = new TreeMap<>();
        for (WarrantyTerm term : terms) {
            if (!term.appliesTo(product)) {
                continue;
            }
            WarrantyTerm current = best.get(term.component());
            if (current == null || term.specificity() > current.specificity()) {
                best.put(term.component(), term);
            }
        }
        Map<String, Integer> months = new TreeMap<>();
        best.forEach((component, term) -> months.put(component, term.months()));
        months.putAll(product.commitments()); // W1: the written commitment wins
        return months;
    }

}
