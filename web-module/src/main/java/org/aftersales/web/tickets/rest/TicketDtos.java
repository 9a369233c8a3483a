package org.aftersales.web.tickets.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.aftersales.tickets.boundary.TicketViews.EventView;
import org.aftersales.tickets.boundary.TicketViews.Sla;
import org.aftersales.tickets.boundary.TicketViews.TicketSummary;
import org.aftersales.tickets.boundary.TicketViews.TicketView;
import org.aftersales.web.shared.i18n.Messages;
import org.aftersales.web.shared.rest.ApiTime;

/** The JSON of {@code /tickets} (../shared/API.md, "Tickets"): API.md's fields, then additions. */
public final class TicketDtos {

    private TicketDtos() {}

    /** The JSON of a new ticket: enum names and times as strings; the rules are those of {@code TicketViews.NewTicket}. */
    public record NewTicket(
            Long customerId,
            String serialNumber,
            String channel,
            String kind,
            String faultLevel,
            String department,
            String description,
            String registeredAt,
            String wantedAt,
            List<String> requiredQualifications,
            List<String> exclusions,
            Integer distanceKm) {}

    /** The JSON of an event: the rules are those of {@code TicketViews.EventRequest}. */
    public record NewEvent(
            String type,
            String at,
            String technician,
            String note,
            String item,
            String condition,
            String person,
            String pickupCode) {}

    public record ServiceRecord(
            @NotNull(message = "{validation.required}") Long version,
            String diagnosis,
            String solution,
            String workDone,
            String partsUsed,
            String hours,
            String workDate,
            Integer distanceKm) {}

    @JsonbNillable
    public record SlaDto(String arriveBy, String solutionBy, String resolveBy, List<String> breaches) {
        static SlaDto of(Sla sla, ZoneId zone) {
            return new SlaDto(
                    ApiTime.format(sla.arriveBy(), zone),
                    ApiTime.format(sla.solutionBy(), zone),
                    ApiTime.format(sla.resolveBy(), zone),
                    sla.breaches().stream().map(Enum::name).toList());
        }
    }

    public record Event(String type, String at, String by, String technician, String note) {
        static Event of(EventView e, ZoneId zone) {
            return new Event(e.type().name(), ApiTime.format(e.at(), zone), e.by(), e.technician(), e.note());
        }
    }

    @JsonbNillable
    public record Ticket(
            String number,
            String status,
            String faultLevel,
            String entitlement,
            SlaDto sla,
            List<Event> events,
            long customerId,
            String customerName,
            String serialNumber,
            String model,
            String channel,
            String kind,
            String department,
            String description,
            String registeredAt,
            String wantedAt,
            String entitlementReason,
            String technician,
            List<String> requiredQualifications,
            String diagnosis,
            String solution,
            String workDone,
            String partsUsed,
            String hours,
            boolean signed,
            String pickupCode,
            Map<String, Boolean> installationChecks,
            List<String> allowedEvents,
            long version,
            Integer distanceKm) {

        static Ticket of(TicketView t, ZoneId zone, Locale locale) {
            Map<String, Boolean> checks = new TreeMap<>();
            t.installationChecks().forEach((k, v) -> checks.put(k.name(), v));
            return new Ticket(
                    t.number(),
                    t.status().name(),
                    t.faultLevel().name(),
                    t.entitlement().name(),
                    SlaDto.of(t.sla(), zone),
                    t.events().stream().map(e -> Event.of(e, zone)).toList(),
                    t.customerId(),
                    t.customerName(),
                    t.serialNumber(),
                    t.model(),
                    t.channel().name(),
                    t.kind().name(),
                    t.department(),
                    t.description(),
                    ApiTime.format(t.registeredAt(), zone),
                    ApiTime.format(t.wantedAt(), zone),
                    t.entitlementReasonKey() == null
                            ? null
                            : Messages.get(locale, t.entitlementReasonKey(), t.entitlementReasonArgs()),
                    t.technician(),
                    t.requiredQualifications().stream().map(Enum::name).sorted().toList(),
                    t.diagnosis(),
                    t.solution(),
                    t.workDone(),
                    t.partsUsed(),
                    t.hours() == null ? null : t.hours().toPlainString(),
                    t.signed(),
                    t.pickupCode(),
                    checks,
                    t.allowedEvents().stream().map(Enum::name).toList(),
                    t.version(),
                    t.distanceKm());
        }
    }

    @JsonbNillable
    public record TicketListItem(
            String number,
            String status,
            String kind,
            String faultLevel,
            String customerName,
            String region,
            String serialNumber,
            String registeredAt,
            String technician,
            String nextDeadline,
            boolean breached,
            String entitlement) {
        static TicketListItem of(TicketSummary t, ZoneId zone) {
            return new TicketListItem(
                    t.number(),
                    t.status().name(),
                    t.kind().name(),
                    t.faultLevel().name(),
                    t.customerName(),
                    t.region(),
                    t.serialNumber(),
                    ApiTime.format(t.registeredAt(), zone),
                    t.technician(),
                    ApiTime.format(t.nextDeadline(), zone),
                    t.breached(),
                    t.entitlement().name());
        }
    }
}
