package org.aftersales.parts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftersales.domain.parts.Part;
import org.aftersales.domain.parts.PartSource;
import org.aftersales.domain.parts.PaymentMethod;
import org.aftersales.domain.parts.ServicePoint;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.parts.boundary.PartRequestViews;
import org.aftersales.parts.boundary.PartRequests;
import org.aftersales.parts.boundary.PartSaleViews.NewSale;
import org.aftersales.parts.boundary.PartSaleViews.NewSaleLine;
import org.aftersales.parts.boundary.PartSales;
import org.aftersales.parts.boundary.PartService;
import org.aftersales.parts.boundary.PartViews.NewPart;
import org.aftersales.parts.boundary.PartViews.NewServicePoint;
import org.aftersales.parts.boundary.StockService;
import org.aftersales.parts.boundary.StockTakeViews.Count;
import org.aftersales.parts.boundary.StockTakes;
import org.aftersales.parts.boundary.StockViews.IssueLine;
import org.aftersales.parts.boundary.StockViews.IssueRequest;
import org.aftersales.parts.boundary.StockViews.Limits;
import org.aftersales.parts.boundary.StockViews.ReceiptLine;
import org.aftersales.parts.boundary.StockViews.ReceiptRequest;
import org.aftersales.parts.boundary.StockViews.TransferLine;
import org.aftersales.parts.boundary.StockViews.TransferRequest;
import org.aftersales.support.validation.ContractViolations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11.1: the parts boundaries' input is refused by its constraints with the field paths,
 * message keys and arguments the API and the screens have always shown (the cases of StockIT,
 * SalesAndStockTakesIT and InputValidationIT among them). The database is a stand-in that knows
 * service point BJ and SH, parts P-1 and P-2 and ticket T-1.
 */
class ContractTest {

    /** The warehouse as the constraints see it: BJ, SH; P-1, P-2; T-1. */
    static class KnownThings extends Warehouse {
        @Override
        public Optional<ServicePoint> servicePoint(String code) {
            return Set.of("BJ", "SH").contains(code)
                    ? Optional.of(new ServicePoint(code, code, List.of()))
                    : Optional.empty();
        }

        @Override
        public Optional<Part> part(String partNumber) {
            return Set.of("P-1", "P-2").contains(partNumber)
                    ? Optional.of(new Part(partNumber, "x", "个", BigDecimal.ONE, List.of(), null, PartSource.BOUGHT_IN))
                    : Optional.empty();
        }

        @Override
        public java.util.Map<String, Part> parts(java.util.Collection<String> numbers) {
            java.util.Map<String, Part> found = new java.util.HashMap<>();
            numbers.forEach(n -> part(n).ifPresent(p -> found.put(n, p)));
            return found;
        }

        @Override
        public boolean ticket(String number) {
            return "T-1".equals(number);
        }
    }

    private static ValidatorFactory factory;

    @BeforeAll
    static void open() {
        Warehouse known = new KnownThings();
        ConstraintValidatorFactory standard =
                Validation.byDefaultProvider().configure().getDefaultConstraintValidatorFactory();
        factory = Validation.byDefaultProvider()
                .configure()
                .constraintValidatorFactory(new ConstraintValidatorFactory() {
                    @Override
                    public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
                        T validator = standard.getInstance(key);
                        if (validator instanceof Checks.KnownServicePoint.Check c) {
                            c.warehouse = known;
                        } else if (validator instanceof Checks.Lines.Check c) {
                            c.warehouse = known;
                        } else if (validator instanceof Checks.KnownPart.Check c) {
                            c.warehouse = known;
                        } else if (validator instanceof Checks.KnownTicket.Check c) {
                            c.warehouse = known;
                        }
                        return validator;
                    }

                    @Override
                    public void releaseInstance(ConstraintValidator<?, ?> instance) {}
                })
                .buildValidatorFactory();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static List<FieldError> errors(Class<?> boundary, String method, Object... arguments) {
        Method m = Arrays.stream(boundary.getMethods())
                .filter(x -> x.getName().equals(method))
                .findFirst()
                .orElseThrow();
        try {
            Object target = boundary.getDeclaredConstructor().newInstance();
            return ContractViolations.fieldErrors(
                    factory.getValidator().forExecutables().validateParameters(target, m, arguments));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static IssueRequest issue(String ticket, String partNumber, Integer qty) {
        return new IssueRequest("bj", ticket, null, null, List.of(new IssueLine(partNumber, qty)));
    }

    @Test
    void anUnknownTicketAndANoughtAreBothNamed() { // StockIT: the database's check and the constraint's, in one 422
        assertEquals(
                List.of(
                        FieldError.of("lines[0].qty", "validation.positive"),
                        FieldError.of("ticketNumber", "validation.unknownTicket", "ZZ-99-01-01")),
                errors(StockService.class, "issue", issue(" ZZ-99-01-01 ", "P-1", 0)));
        assertEquals(List.of(), errors(StockService.class, "issue", issue("T-1", " P-1 ", 1)));
        assertEquals(List.of(), errors(StockService.class, "issue", issue(null, "P-1", 1)), "a ticket is optional");
    }

    @Test
    void aMissingOrUnknownServicePointAndPartAreNamedWithWhatWasTyped() {
        assertEquals(
                List.of(
                        FieldError.of("lines[0].partNumber", "validation.unknownPart", "NOPE"),
                        FieldError.of("lines[0].qty", "validation.required"),
                        FieldError.of("servicePoint", "validation.unknownServicePoint", "gz")),
                errors(
                        StockService.class,
                        "issue",
                        new IssueRequest("gz", null, null, null, List.of(new IssueLine("NOPE", null)))));
        assertEquals(
                List.of(
                        FieldError.of("lines[0].partNumber", "validation.required"),
                        FieldError.of("servicePoint", "validation.required")),
                errors(
                        StockService.class,
                        "issue",
                        new IssueRequest(" ", null, null, null, List.of(new IssueLine("", 1)))));
    }

    @Test
    void aSlipHasOneToTwoHundredLines() {
        FieldError lines = FieldError.of("lines", "validation.slipLines", 200);
        assertEquals(
                List.of(lines),
                errors(StockService.class, "issue", new IssueRequest("BJ", null, null, null, List.of())));
        assertEquals(
                List.of(lines), errors(StockService.class, "issue", new IssueRequest("BJ", null, null, null, null)));
        assertEquals(
                List.of(lines),
                errors(
                        StockService.class,
                        "issue",
                        new IssueRequest("BJ", null, null, null, Collections.singletonList(null))));
        assertEquals(
                List.of(lines),
                errors(
                        StockService.class,
                        "issue",
                        new IssueRequest("BJ", null, null, null, Collections.nCopies(201, new IssueLine("P-1", 1)))));
    }

    @Test
    void quantitiesAreBoundedBeforeAnyArithmetic() { // InputValidationIT, issue 10.7
        assertEquals(
                List.of(FieldError.of("lines[0].countedQty", "validation.quantityTooLarge", 1_000_000)),
                errors(
                        StockService.class,
                        "receive",
                        new ReceiptRequest(
                                "BJ",
                                null,
                                null,
                                List.of(new ReceiptLine("P-1", 1, Integer.MAX_VALUE, BigDecimal.ONE)))));
        assertEquals(
                List.of(FieldError.of("lines[0].invoicedQty", "validation.quantityTooLarge", 1_000_000)),
                errors(
                        StockService.class,
                        "receive",
                        new ReceiptRequest(
                                "BJ", null, null, List.of(new ReceiptLine("P-1", 1_000_001, 1, BigDecimal.ONE)))));
        assertEquals(
                List.of(
                        FieldError.of("lines[0].countedQty", "validation.required"),
                        FieldError.of("lines[0].invoicedQty", "validation.notNegative"),
                        FieldError.of("lines[0].unitPrice", "validation.notNegative"),
                        FieldError.of("note", "validation.tooLong"),
                        FieldError.of("supplier", "validation.singleLine")),
                errors(
                        StockService.class,
                        "receive",
                        new ReceiptRequest(
                                "BJ",
                                "供应商\t甲",
                                "x".repeat(501),
                                List.of(new ReceiptLine("P-1", -1, null, new BigDecimal("-0.01"))))));
    }

    @Test
    void aTransferGoesElsewhereAndReceivesAtMostWhatWasSent() {
        assertEquals(
                List.of(
                        FieldError.of("lines[0].receivedQty", "validation.receivedQty", 1),
                        FieldError.of("toServicePoint", "validation.sameServicePoint")),
                errors(
                        StockService.class,
                        "transfer",
                        new TransferRequest("bj", " BJ", null, List.of(new TransferLine("P-1", 1, 2)))));
        assertEquals(
                List.of(),
                errors(
                        StockService.class,
                        "transfer",
                        new TransferRequest("BJ", "SH", null, List.of(new TransferLine("P-1", 4, 3)))));
    }

    @Test
    void theMaximumIsNotBelowTheMinimum() {
        assertEquals(
                List.of(FieldError.of("maximum", "validation.maxBelowMin")),
                errors(StockService.class, "limit", new Limits("BJ", "P-1", 5, 4)));
        assertEquals(List.of(), errors(StockService.class, "limit", new Limits("BJ", "P-1", 5, null)));
    }

    @Test
    void aSaleNamesAnUnknownPartAndANoughtTogether() { // SalesAndStockTakesIT
        NewSale sale = new NewSale(
                "BJ",
                "李四",
                null,
                null,
                PaymentMethod.CASH,
                null,
                null,
                List.of(new NewSaleLine("NOPE", 1), new NewSaleLine("P-1", 0)));
        assertEquals(
                List.of(
                        FieldError.of("lines[0].partNumber", "validation.unknownPart", "NOPE"),
                        FieldError.of("lines[1].qty", "validation.positive")),
                errors(PartSales.class, "sell", sale));
        NewSale twice = new NewSale(
                "BJ",
                " ",
                null,
                null,
                null,
                null,
                null,
                List.of(new NewSaleLine("P-1", 1), new NewSaleLine(" P-1", 1)));
        assertEquals(
                List.of(
                        FieldError.of("buyer", "validation.required"),
                        FieldError.of("lines[1].partNumber", "validation.duplicatePart", " P-1"),
                        FieldError.of("paymentMethod", "validation.required")),
                errors(PartSales.class, "sell", twice));
        assertEquals(
                List.of(FieldError.of("cashier", "validation.required")), errors(PartSales.class, "settle", "BJ", " "));
    }

    @Test
    void aPartRequestNamesItsTicketAndFiftyLinesAtMost() {
        var request = new PartRequestViews.NewRequest(
                "", "BJ", null, Collections.nCopies(51, new PartRequestViews.NewLine("P-1", 1)));
        assertEquals(
                List.of(
                        FieldError.of("lines", "validation.slipLines", 50),
                        FieldError.of("ticketNumber", "validation.required")),
                errors(PartRequests.class, "request", request));
        assertEquals(
                List.of(FieldError.of("reason", "validation.required")), errors(PartRequests.class, "reject", 1L, " "));
        assertEquals(
                List.of(FieldError.of("lines", "validation.required")),
                errors(PartRequests.class, "usage", 1L, List.of()));
    }

    @Test
    void countsAreNamedByTheirPlaceInTheList() { // InputValidationIT: counts[0].counted
        assertEquals(
                List.of(
                        FieldError.of("counts[0].counted", "validation.quantityTooLarge", 1_000_000),
                        FieldError.of("counts[1].counted", "validation.required"),
                        FieldError.of("counts[1].partNumber", "validation.duplicatePart", "P-1")),
                errors(
                        StockTakes.class,
                        "count",
                        1L,
                        List.of(new Count("P-1", Integer.MAX_VALUE, null), new Count("P-1", null, null))));
        assertEquals(
                List.of(FieldError.of("counts", "validation.slipLines", 500)),
                errors(StockTakes.class, "count", 1L, List.of()));
    }

    @Test
    void aPartNumberAndAServicePointCodeHaveTheirForm() {
        assertEquals(
                List.of(
                        FieldError.of("name", "validation.required"),
                        FieldError.of("partNumber", "validation.required"),
                        FieldError.of("price", "validation.required"),
                        FieldError.of("unit", "validation.required")),
                errors(PartService.class, "create", new NewPart(" ", null, "", null, null, null, null)));
        assertEquals(
                List.of(
                        FieldError.of("fittingModels", "validation.tooLong"),
                        FieldError.of("partNumber", "validation.partNumber"),
                        FieldError.of("price", "validation.notNegative")),
                errors(
                        PartService.class,
                        "create",
                        new NewPart("-X", "风机", "个", new BigDecimal("-1"), List.of("m".repeat(1001)), null, null)));
        assertEquals(
                List.of(),
                errors(
                        PartService.class,
                        "create",
                        new NewPart(" YSJ-001 ", "风机", "个", BigDecimal.TEN, List.of("KFR-35GW"), null, null)));
        assertEquals(
                List.of(FieldError.of("code", "validation.servicePointCode")),
                errors(PartService.class, "createServicePoint", new NewServicePoint("BEIJING01", "北京", null)));
        assertEquals(List.of(), errors(PartService.class, "createServicePoint", new NewServicePoint("bj", "北京", null)));
    }
}
