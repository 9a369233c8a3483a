package org.aftersales.web.quality.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.quality.boundary.QualityViews;
import org.aftersales.quality.boundary.Surveys;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.web.quality.rest.QualityDtos.SurveyLink;
import org.aftersales.web.shared.rest.ApiTime;

/** Q5: {@code /tickets/{number}/survey} — the one-time survey link of a closed ticket, for staff to pass on. */
@Path("tickets/{number}/survey")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.QUALITY, Roles.MANAGER, Roles.ADMIN})
public class TicketSurveyResource {

    @EJB
    private Surveys surveys;

    @Inject
    private BusinessCalendar calendar;

    @Context
    private UriInfo uri;

    @Context
    private HttpServletRequest request;

    @GET
    public SurveyLink get(@PathParam("number") String number) {
        QualityViews.SurveyLink link = surveys.ofTicket(number);
        String url = uri.getBaseUriBuilder()
                .replacePath(request.getContextPath())
                .path("survey.xhtml")
                .replaceQuery(null)
                .queryParam("token", link.token())
                .build()
                .toString();
        return new SurveyLink(link.token(), url, ApiTime.format(link.expiresAt(), calendar.zone()), link.answered());
    }
}
