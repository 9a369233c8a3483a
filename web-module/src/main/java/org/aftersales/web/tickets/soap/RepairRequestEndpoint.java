package org.aftersales.web.tickets.soap;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.aftersales.domain.accounts.Qualification;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.domain.tickets.Channel;
import org.aftersales.domain.tickets.FaultLevel;
import org.aftersales.domain.tickets.ServiceKind;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.tickets.boundary.TicketService;
import org.aftersales.tickets.boundary.TicketViews;
import org.aftersales.tickets.boundary.TicketViews.TicketView;
import org.aftersales.web.shared.i18n.Messages;
import org.aftersales.web.shared.rest.ApiTime;
import org.aftersales.web.shared.rest.EnumParser;

/**
 * API.md "SOAP": {@code /aftersales/soap/RepairRequestService} for partners whose systems speak
 * SOAP only — {@code submit} a repair request (the fields of {@code POST /tickets}) and read a
 * ticket's {@code status} by number. Same rules and errors as the REST API, as SOAP faults.
 */
@WebService(
        serviceName = "RepairRequestService",
        portName = "RepairRequestPort",
        name = "RepairRequest",
        targetNamespace = RepairRequestEndpoint.NAMESPACE)
public class RepairRequestEndpoint {

    public static final String NAMESPACE = "http://aftersales.org/soap/repair/v1";

    @Inject
    private BusinessCalendar calendar;

    @EJB
    private TicketService tickets;

    @WebMethod
    @WebResult(name = "ticket")
    public RepairTicket submit(@WebParam(name = "request") RepairRequest request) throws RepairRequestFault {
        if (request == null) {
            throw fault(new RuleViolationException(FieldError.of("request", "validation.body")));
        }
        return call(() -> {
            Set<Qualification> qualifications =
                    EnumParser.parse(Qualification.class, request.requiredQualifications, "requiredQualifications");
            return tickets.registerCall(new TicketViews.NewTicket(
                    request.customerId,
                    request.serialNumber,
                    EnumParser.one(
                            Channel.class, request.channel == null ? "PARTNER_API" : request.channel, "channel", null),
                    EnumParser.one(ServiceKind.class, request.kind, "kind", null),
                    EnumParser.one(FaultLevel.class, request.faultLevel, "faultLevel", null),
                    request.department,
                    request.description,
                    ApiTime.parse(request.registeredAt, "registeredAt"),
                    ApiTime.parse(request.wantedAt, "wantedAt"),
                    qualifications,
                    Set.of()));
        });
    }

    @WebMethod
    @WebResult(name = "ticket")
    public RepairTicket status(@WebParam(name = "number") String number) throws RepairRequestFault {
        return call(() -> tickets.get(number));
    }

    private RepairTicket call(Supplier<TicketView> action) throws RepairRequestFault {
        try {
            return toSoap(action.get());
        } catch (EJBException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof RuntimeException runtime && !(cause instanceof EJBException)) {
                throw fault(runtime);
            }
            throw e;
        } catch (RuntimeException e) {
            throw fault(e);
        }
    }

    private RepairRequestFault fault(RuntimeException e) {
        Locale locale = Messages.CHINESE;
        RepairRequestFault.Info info = new RepairRequestFault.Info();
        if (e instanceof RuleViolationException violation) {
            info.status = 422;
            info.title = Messages.get(locale, "problem.validation.title");
            for (FieldError error : violation.errors()) {
                RepairRequestFault.FieldProblem problem = new RepairRequestFault.FieldProblem();
                problem.field = error.field();
                problem.message = Messages.get(locale, error.messageKey(), error.args());
                info.errors.add(problem);
            }
        } else if (e instanceof UnknownEntityException) {
            info.status = 404;
            info.title = Messages.get(locale, "problem.notFound.title");
        } else if (e instanceof ConflictException conflict) {
            info.status = 409;
            info.title = Messages.get(locale, conflict.messageKey(), conflict.args());
        } else if (e instanceof EJBAccessException) {
            info.status = 403;
            info.title = Messages.get(locale, "problem.forbidden.title");
        } else {
            throw e;
        }
        return new RepairRequestFault(info.title, info);
    }

    private RepairTicket toSoap(TicketView t) {
        ZoneId zone = calendar.zone();
        RepairTicket soap = new RepairTicket();
        soap.number = t.number();
        soap.status = t.status().name();
        soap.faultLevel = t.faultLevel().name();
        soap.entitlement = t.entitlement().name();
        soap.registeredAt = ApiTime.format(t.registeredAt(), zone);
        soap.arriveBy = ApiTime.format(t.sla().arriveBy(), zone);
        soap.solutionBy = ApiTime.format(t.sla().solutionBy(), zone);
        soap.resolveBy = ApiTime.format(t.sla().resolveBy(), zone);
        soap.breaches = t.sla().breaches().stream().map(Enum::name).toList();
        soap.technician = t.technician();
        soap.events = t.events().stream()
                .map(e -> {
                    RepairTicket.Event event = new RepairTicket.Event();
                    event.type = e.type().name();
                    event.at = ApiTime.format(e.at(), zone);
                    event.by = e.by();
                    event.note = e.note();
                    return event;
                })
                .toList();
        return soap;
    }
}
