package org.aftersales.customers.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.customers.boundary.ContractViews.NewContract;
import org.aftersales.customers.boundary.CustomerViews.ContactView;
import org.aftersales.customers.boundary.CustomerViews.NewCustomer;
import org.aftersales.customers.boundary.ProductViews.NewProduct;
import org.aftersales.customers.boundary.ProductViews.RegistrationForm;
import org.aftersales.customers.boundary.WarrantyService.TermView;
import org.aftersales.domain.customers.ContractKind;
import org.aftersales.domain.customers.CustomerType;
import org.aftersales.domain.customers.ServiceTerm;
import org.aftersales.domain.customers.UsageFrequency;
import org.aftersales.domain.customers.warranty.Entitlement;
import org.aftersales.domain.customers.warranty.ProductUse;
import org.aftersales.domain.customers.warranty.ProofOfPurchase;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.support.validation.ContractViolations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11.1: the customers boundaries' input is refused by its constraints with the field paths and
 * message keys the API and the screens have always shown (the hand-made checks they replace).
 */
class ContractTest {

    private static ValidatorFactory factory;

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    private static List<String> errors(Object input) {
        return ContractViolations.fieldErrors(factory.getValidator().validate(input)).stream()
                .map(ContractTest::text)
                .toList();
    }

    private static String text(FieldError e) {
        return e.field() + ":" + e.messageKey() + (e.args().isEmpty() ? "" : e.args());
    }

    private static NewCustomer customer(String name, String phone, String email, List<ContactView> contacts) {
        return new NewCustomer(name, CustomerType.HOUSEHOLD, null, phone, email, "北京", "北京市朝阳区1号", null, contacts);
    }

    @Test
    void aCustomerNeedsItsFieldsAPhoneOfFiveDigitsAndAnEmailThatLooksLikeOne() {
        assertEquals(List.of(), errors(customer("张三", "138-0000-0000", " zhang@example.com ", List.of())));
        assertEquals(List.of(), errors(customer("张三", "13800000000", "  ", null)));
        assertEquals(
                List.of(
                        "address:validation.required",
                        "name:validation.required",
                        "phone:validation.required",
                        "region:validation.required",
                        "type:validation.required"),
                errors(new NewCustomer(" ", null, null, null, null, null, "", null, null)));
        assertEquals(
                List.of("email:validation.email", "phone:validation.phone"),
                errors(customer("张三", "12-34", "zhang@example", null)));
        assertEquals(List.of("name:validation.tooLong"), errors(customer("名".repeat(201), "13800000000", null, null)));
        assertEquals(
                List.of("contacts[1].name:validation.required"),
                errors(customer(
                        "张三",
                        "13800000000",
                        null,
                        List.of(new ContactView("李四", null, null), new ContactView(" ", "139", null)))));
    }

    private static NewProduct product(
            String serial, LocalDate factory, LocalDate purchase, ProofOfPurchase proof, ProductUse use) {
        return new NewProduct(
                "KFR-35", null, serial, null, factory, purchase, proof, use, null, null, null, false, null);
    }

    @Test
    void aProductIsBoughtAfterItWasMadeAndAProofHasItsDate() {
        LocalDate made = LocalDate.of(2024, 3, 1);
        assertEquals(
                List.of(),
                errors(product("SN1", made, made.plusDays(3), ProofOfPurchase.INVOICE, ProductUse.values()[0])));
        assertEquals(
                List.of(
                        "factoryDate:validation.required",
                        "purchaseDate:validation.purchaseDateWithProof",
                        "serialNumber:validation.required",
                        "use:validation.required"),
                errors(product(" ", null, null, ProofOfPurchase.INVOICE, null)));
        assertEquals(
                List.of("purchaseDate:validation.purchaseBeforeFactory", "serialNumber:validation.tooLong"),
                errors(product("S".repeat(65), made, made.minusDays(1), ProofOfPurchase.NONE, ProductUse.values()[0])));
    }

    @Test
    void aRegistrationFormHasItsAnswersAndOneToFiveStars() {
        assertEquals(
                List.of(
                        "productRating:validation.stars",
                        "serviceRating:validation.stars",
                        "serviceTerm:validation.required",
                        "usageFrequency:validation.required"),
                errors(new RegistrationForm(null, null, null, null, 0, 6, null)));
        assertEquals(
                List.of(),
                errors(new RegistrationForm(
                        null, UsageFrequency.values()[0], null, ServiceTerm.values()[0], 1, 5, null)));
    }

    @Test
    void aContractEndsAfterItStartsWithinThisWorldsDates() {
        LocalDate start = LocalDate.of(2025, 1, 1);
        NewContract ok = new NewContract(
                "HT-1", 1, ContractKind.NEW, null, start, start.plusYears(1), Entitlement.PAID, null, 4, null, null);
        assertEquals(List.of(), errors(ok));
        assertEquals(
                List.of(
                        "end:validation.required",
                        "entitlement:validation.required",
                        "kind:validation.required",
                        "number:validation.required",
                        "start:validation.required"),
                errors(new NewContract(" ", 1, null, null, null, null, null, null, null, null, null)));
        assertEquals(
                List.of(
                        "end:validation.dateRange[1980-01-01, 2100-12-31]",
                        "responseHours:validation.positive",
                        "start:validation.dateRange[1980-01-01, 2100-12-31]"),
                errors(new NewContract(
                        "HT-1",
                        1,
                        ContractKind.NEW,
                        null,
                        LocalDate.of(1, 1, 1),
                        LocalDate.of(9999, 1, 1),
                        Entitlement.PAID,
                        null,
                        0,
                        null,
                        null)));
        assertEquals(
                List.of("end:validation.endBeforeStart"),
                errors(new NewContract(
                        "HT-1",
                        1,
                        ContractKind.NEW,
                        null,
                        start,
                        start.minusDays(1),
                        Entitlement.PAID,
                        null,
                        null,
                        null,
                        null)));
    }

    @Test
    void aWarrantyTermNamesItsComponentByCodeForOneTo600Months() {
        assertEquals(List.of(), errors(new TermView(null, null, null, null, " COMPRESSOR ", 36, 0)));
        assertEquals(
                List.of("component:validation.required", "months:validation.months"),
                errors(new TermView(null, null, null, null, " ", 0, 0)));
        assertEquals(
                List.of("component:validation.componentCode", "months:validation.months"),
                errors(new TermView(null, null, null, null, "compressor", 601, 0)));
    }
}
