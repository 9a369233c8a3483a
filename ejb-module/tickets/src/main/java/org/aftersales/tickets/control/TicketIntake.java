package org.aftersales.tickets.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.aftersales.customers.boundary.CustomerService;
import org.aftersales.customers.boundary.CustomerViews.CustomerView;
import org.aftersales.customers.boundary.EntitlementService;
import org.aftersales.domain.customers.warranty.Entitlement;
import org.aftersales.domain.numbering.DocumentKind;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.Plausible;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.domain.tickets.Ticket;
import org.aftersales.numbering.boundary.DocumentNumbers;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.tickets.boundary.TicketService;
import org.aftersales.tickets.boundary.TicketViews.NewTicket;

/**
 * T1, T2, T10: a repair call becomes a ticket — the department and times checked, the customer and
 * the product looked up, the entitlement decided, the number drawn. The ticket is not stored here.
 */
@Dependent
public class TicketIntake {

    private static final Pattern DEPARTMENT = Pattern.compile("[A-Z]{2,6}");

    @EJB
    private CustomerService customers;

    @EJB
    private EntitlementService entitlements;

    @EJB
    private DocumentNumbers numbers;

    @Inject
    private SettingReader settings;

    @Inject
    private BusinessCalendar calendar;

    /**
     * The new ticket of {@code request}, registered by {@code partner} (empty for staff) at {@code now}.
     * The department's number counter stays locked until the caller's transaction commits (T10).
     */
    public Ticket open(NewTicket request, Optional<String> partner, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        String department = request.department() == null || request.department().isBlank()
                ? settings.text(TicketService.DEFAULT_DEPARTMENT, "YX")
                : request.department().strip().toUpperCase();
        if (!DEPARTMENT.matcher(department).matches()) {
            errors.add(FieldError.of("department", "validation.department"));
        }
        Instant registeredAt = request.registeredAt() == null ? now : request.registeredAt();
        Plausible.notInFuture("registeredAt", registeredAt, now).ifPresent(errors::add);
        // issue 10.7: 0001-01-01 made a year-1 ticket number and a 500; times lie within this product's world
        Plausible.instant("registeredAt", registeredAt).ifPresent(errors::add);
        Plausible.instant("wantedAt", request.wantedAt()).ifPresent(errors::add);
        if (request.wantedAt() != null && request.wantedAt().isBefore(registeredAt)) {
            errors.add(FieldError.of("wantedAt", "validation.wantedBeforeRegistered"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        CustomerView customer = customers
                .find(request.customerId())
                .orElseThrow(() -> new RuleViolationException(
                        FieldError.of("customerId", "validation.unknownCustomer", request.customerId())));
        ZoneId zone = calendar.zone();
        String serial = request.serialNumber() == null || request.serialNumber().isBlank()
                ? null
                : request.serialNumber().strip();
        Entitlement entitlement = Entitlement.PAID;
        String reason = "entitlement.reason.noProduct";
        String model = null;
        if (serial != null) {
            EntitlementService.Decision decision;
            try {
                decision = entitlements.decide(
                        customer.id(), serial, LocalDate.ofInstant(registeredAt, zone), request.exclusions());
            } catch (UnknownEntityException e) {
                throw new RuleViolationException(FieldError.of("serialNumber", "validation.unknownSerial", serial));
            }
            entitlement = decision.entitlement().entitlement();
            List<String> reasonParts = new ArrayList<>();
            reasonParts.add(decision.entitlement().reasonKey());
            reasonParts.addAll(decision.entitlement().reasonArgs());
            reason = String.join("|", reasonParts);
            model = decision.model();
        }
        String number = numbers.next(DocumentKind.TICKET, department, YearMonth.from(registeredAt.atZone(zone)))
                .toString();
        return new Ticket(
                number,
                department,
                new Ticket.Intake(
                        customer.id(),
                        customer.name(),
                        customer.contact(),
                        customer.phone(),
                        customer.region(),
                        customer.address(),
                        serial,
                        model,
                        request.channel(),
                        request.kind(),
                        request.faultLevel(),
                        request.description().strip(),
                        registeredAt,
                        request.wantedAt(),
                        request.requiredQualifications()),
                entitlement,
                reason,
                partner.orElse(null));
    }
}
