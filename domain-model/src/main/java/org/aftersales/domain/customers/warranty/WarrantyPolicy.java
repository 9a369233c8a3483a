package org.aftersales.domain.customers.warranty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * W1–W3: the warranty of one product on one date. Pure: the terms table and the grace months are
 * data from the settings, never constants.
 * <ul>
 * <li><b>W2 start.</b> With a proof of purchase (invoice, warranty card or another valid proof) and
 * a purchase date: the purchase date ({@link StartBasis#PURCHASE_PROOF}). Otherwise (no proof, or
 * no purchase date): the factory date plus the grace months, default 3
 * ({@link StartBasis#FACTORY_DATE_PLUS_3_MONTHS}); the factory date is then required. The date
 * encoded in a serial number, which W2 also allows, is not modelled: without proof the factory date
 * must be known.</li>
 * <li><b>W1 terms per component.</b> For every component named by an applicable term or a
 * commitment, the most specific applicable term: model (3) beats category (2) beats any (1), and at
 * the same level a use-specific term beats a use-free one; between two equally specific terms the
 * first in the table wins. A product's written commitment for a component wins over the table. The
 * table must give the whole unit a term (or the product a commitment for it).</li>
 * <li><b>Coverage.</b> A component is covered until start + months − 1 day (the last day covered;
 * {@code 2024-01-31} + 1 month → {@code 2024-02-28}). A date before the start counts as covered:
 * the warranty of a product not yet started has not run out. Coverage lists the whole unit first,
 * then the other components alphabetically.</li>
 * <li><b>W3 void.</b> A serial number that is missing, illegible or altered, or an altered or
 * non-matching purchase record, voids the warranty: the coverage is still listed with its last day,
 * but nothing is covered. A bad serial number is reported before a bad purchase record.</li>
 * <li><b>Status.</b> {@code IN_WARRANTY} while the whole unit is covered; otherwise
 * {@code EXPIRED}, with the reason {@code componentOnly} when another component (e.g. the
 * compressor) is still covered.</li>
 * </ul>
 */
public final class WarrantyPolicy {

    /** W2 default: the warranty starts this many months after the factory date without proof. */
    public static final int DEFAULT_NO_PROOF_GRACE_MONTHS = 3;

    private final int noProofGraceMonths;

    /** @param noProofGraceMonths W2: months between the factory date and the start without proof (setting, default 3). */
    public WarrantyPolicy(int noProofGraceMonths) {
        if (noProofGraceMonths < 0) {
            throw new IllegalArgumentException("The grace months without proof of purchase cannot be negative (W2).");
        }
        this.noProofGraceMonths = noProofGraceMonths;
    }

    public static WarrantyPolicy defaults() {
        return new WarrantyPolicy(DEFAULT_NO_PROOF_GRACE_MONTHS);
    }

    /** W1 defaults: household whole unit 3 years, compressor 5; commercial and industrial 1 and 3. */
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
        Objects.requireNonNull(terms, "The warranty terms are required.");
        Objects.requireNonNull(date, "The date is required.");
        LocalDate start;
        StartBasis basis;
        if (product.proof() != ProofOfPurchase.NONE && product.purchaseDate() != null) {
            start = product.purchaseDate(); // W2: the purchase date on a valid proof
            basis = StartBasis.PURCHASE_PROOF;
        } else {
            if (product.factoryDate() == null) {
                throw new IllegalArgumentException("Product " + product.serialNumber()
                        + " has no proof of purchase with a date, so its factory date is required (W2).");
            }
            start = product.factoryDate().plusMonths(noProofGraceMonths); // W2: factory date + 3 months without proof
            basis = StartBasis.FACTORY_DATE_PLUS_3_MONTHS;
        }
        boolean isVoid = product.serialStatus() != SerialStatus.OK || product.purchaseRecordAltered(); // W3
        List<Coverage> coverage = new ArrayList<>();
        monthsPerComponent(product, terms).forEach((component, months) -> {
            LocalDate until = start.plusMonths(months).minusDays(1); // W1: last day covered
            coverage.add(new Coverage(component, until, !isVoid && !date.isAfter(until)));
        });
        return verdict(product, date, start, basis, coverage);
    }

    private static WarrantyAssessment verdict(
            ProductFacts product, LocalDate date, LocalDate start, StartBasis basis, List<Coverage> coverage) {
        WarrantyStatus status;
        String reasonKey;
        List<String> reasonArgs;
        Coverage wholeUnit = coverage.get(0);
        List<String> stillCovered = coverage.stream()
                .filter(Coverage::coveredOn)
                .map(Coverage::component)
                .toList();
        if (product.serialStatus() != SerialStatus.OK) { // W3: serial number missing, illegible or altered
            status = WarrantyStatus.VOID;
            reasonKey = "warranty.reason.void.serial";
            reasonArgs = List.of(product.serialStatus().name());
        } else if (product.purchaseRecordAltered()) { // W3: warranty card / purchase date altered or not matching
            status = WarrantyStatus.VOID;
            reasonKey = "warranty.reason.void.purchaseRecord";
            reasonArgs = List.of();
        } else if (wholeUnit.coveredOn()) {
            status = WarrantyStatus.IN_WARRANTY;
            reasonKey = "warranty.reason.inWarranty";
            reasonArgs = List.of(basis.name(), wholeUnit.until().toString());
        } else if (stillCovered.isEmpty()) {
            status = WarrantyStatus.EXPIRED;
            reasonKey = "warranty.reason.expired";
            reasonArgs = List.of(wholeUnit.until().toString());
        } else { // W1: terms are per component, e.g. the compressor outlives the whole unit
            status = WarrantyStatus.EXPIRED;
            reasonKey = "warranty.reason.componentOnly";
            reasonArgs = List.of(String.join(", ", stillCovered));
        }
        return new WarrantyAssessment(
                product.serialNumber(), date, status, start, basis, coverage, reasonKey, reasonArgs);
    }

    /**
     * W1: months per component, the whole unit first, then the others alphabetically: the most
     * specific applicable term of the table, overridden by the product's written commitment.
     */
    private static Map<String, Integer> monthsPerComponent(ProductFacts product, List<WarrantyTerm> terms) {
        Map<String, WarrantyTerm> best = new TreeMap<>();
        for (WarrantyTerm term : terms) {
            if (term.appliesTo(product)) {
                best.merge(
                        term.component(),
                        term,
                        (held, candidate) -> candidate.specificity() > held.specificity() ? candidate : held);
            }
        }
        Map<String, Integer> months = new TreeMap<>();
        best.forEach((component, term) -> months.put(component, term.months()));
        months.putAll(product.commitments()); // W1: where a written commitment differs, the commitment wins
        if (!months.containsKey(Components.WHOLE_UNIT)) {
            throw new IllegalArgumentException("No warranty term for the whole unit applies to model " + product.model()
                    + ", category " + product.category() + ", use " + product.use()
                    + ": the warranty-terms table is incomplete (W1).");
        }
        Map<String, Integer> ordered = new LinkedHashMap<>();
        ordered.put(Components.WHOLE_UNIT, months.remove(Components.WHOLE_UNIT));
        ordered.putAll(months);
        return ordered;
    }
}
