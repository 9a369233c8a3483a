package org.aftersales.web.quality.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.quality.KnowledgeKind;
import org.aftersales.domain.quality.NonConformityState;
import org.aftersales.quality.boundary.QualityRecords;
import org.aftersales.quality.boundary.RecordsViews.KnowledgeFilter;
import org.aftersales.quality.boundary.RecordsViews.KnowledgeView;
import org.aftersales.quality.boundary.RecordsViews.NonConformityFilter;
import org.aftersales.quality.boundary.RecordsViews.NonConformityView;
import org.aftersales.quality.boundary.RecordsViews.StaffFilter;
import org.aftersales.quality.boundary.RecordsViews.TrainingPlanView;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.web.quality.rest.RecordsDtos.ArticleBody;
import org.aftersales.web.quality.rest.RecordsDtos.NonConformityBody;
import org.aftersales.web.quality.rest.RecordsDtos.PlanBody;
import org.aftersales.web.quality.rest.RecordsDtos.QualificationBody;
import org.aftersales.web.quality.rest.RecordsDtos.Session;
import org.aftersales.web.quality.rest.RecordsDtos.SessionBody;
import org.aftersales.web.quality.rest.RecordsDtos.SignInBody;
import org.aftersales.web.quality.rest.RecordsDtos.Staff;
import org.aftersales.web.quality.rest.RecordsDtos.StaffBody;
import org.aftersales.web.shared.rest.EnumParser;
import org.aftersales.web.shared.rest.Page;
import org.aftersales.web.shared.rest.PageParams;

/**
 * Q9 records under {@code /records}: {@code training-plans}, {@code training-sessions} (with their sign-in sheet),
 * {@code knowledge} (fault cases and know-how, by model), {@code staff} (with their
 * qualifications and expiry), {@code non-conformities}.
 */
@Path("records")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.QUALITY, Roles.MANAGER, Roles.ADMIN})
public class QualityRecordsResource {

    @EJB
    private QualityRecords records;

    @Inject
    private BusinessCalendar calendar;

    @GET
    @Path("training-plans")
    public List<TrainingPlanView> plans(@QueryParam("year") Integer year) {
        return records.plans(year);
    }

    @POST
    @Path("training-plans")
    public Response addPlan(@NotNull(message = "{validation.body}") PlanBody body) {
        return Response.status(201).entity(records.savePlan(null, body.input())).build();
    }

    @PUT
    @Path("training-plans/{id}")
    public TrainingPlanView changePlan(
            @PathParam("id") long id, @NotNull(message = "{validation.body}") PlanBody body) {
        return records.savePlan(id, body.input());
    }

    @GET
    @Path("training-sessions")
    public Page<Session> sessions(@QueryParam("q") String text, @Valid @BeanParam PageParams page) {
        return Page.of(records.sessions(text, page.first(), page.size()), s -> Session.of(s, calendar.zone()));
    }

    @POST
    @Path("training-sessions")
    public Response addSession(@NotNull(message = "{validation.body}") SessionBody body) {
        return Response.status(201)
                .entity(Session.of(records.saveSession(null, body.input()), calendar.zone()))
                .build();
    }

    @GET
    @Path("training-sessions/{id}")
    public Session session(@PathParam("id") long id) {
        return Session.of(records.session(id), calendar.zone());
    }

    /** 培训签到表: one more attendee signed in. */
    @POST
    @Path("training-sessions/{id}/sign-ins")
    public Session signIn(@PathParam("id") long id, @NotNull(message = "{validation.body}") SignInBody body) {
        return Session.of(records.signIn(id, body.input()), calendar.zone());
    }

    @GET
    @Path("knowledge")
    @RolesAllowed({
        Roles.AGENT,
        Roles.DISPATCHER,
        Roles.TECHNICIAN,
        Roles.WAREHOUSE,
        Roles.QUALITY,
        Roles.MANAGER,
        Roles.ADMIN
    })
    public Page<KnowledgeView> knowledge(
            @QueryParam("kind") String kind,
            @QueryParam("model") String model,
            @QueryParam("q") String text,
            @Valid @BeanParam PageParams page) {
        KnowledgeFilter filter =
                new KnowledgeFilter(EnumParser.one(KnowledgeKind.class, kind, "kind", null), model, text);
        return Page.of(records.knowledge(filter, page.first(), page.size()), a -> a);
    }

    @POST
    @Path("knowledge")
    public Response addArticle(@NotNull(message = "{validation.body}") ArticleBody body) {
        return Response.status(201)
                .entity(records.saveArticle(null, body.input()))
                .build();
    }

    @PUT
    @Path("knowledge/{id}")
    public KnowledgeView changeArticle(
            @PathParam("id") long id, @NotNull(message = "{validation.body}") ArticleBody body) {
        return records.saveArticle(id, body.input());
    }

    @GET
    @Path("staff")
    public Page<Staff> staff(
            @QueryParam("q") String text,
            @QueryParam("department") String department,
            @Valid @BeanParam PageParams page) {
        return Page.of(
                records.staff(new StaffFilter(text, department), page.first(), page.size()),
                s -> Staff.of(s, calendar.zone()));
    }

    @POST
    @Path("staff")
    public Response addStaff(@NotNull(message = "{validation.body}") StaffBody body) {
        return Response.status(201)
                .entity(Staff.of(records.saveStaff(null, body.input()), calendar.zone()))
                .build();
    }

    @GET
    @Path("staff/{id}")
    public Staff staffRecord(@PathParam("id") long id) {
        return Staff.of(records.staffRecord(id), calendar.zone());
    }

    @PUT
    @Path("staff/{id}")
    public Staff changeStaff(@PathParam("id") long id, @NotNull(message = "{validation.body}") StaffBody body) {
        return Staff.of(records.saveStaff(id, body.input()), calendar.zone());
    }

    @POST
    @Path("staff/{id}/qualifications")
    public Response addQualification(
            @PathParam("id") long id, @NotNull(message = "{validation.body}") QualificationBody body) {
        return Response.status(201)
                .entity(Staff.of(records.addQualification(id, body.input()), calendar.zone()))
                .build();
    }

    /** A renewed certificate; a changed expiry is warned about again. */
    @PUT
    @Path("qualifications/{id}")
    public Staff renewQualification(
            @PathParam("id") long id, @NotNull(message = "{validation.body}") QualificationBody body) {
        return Staff.of(records.renewQualification(id, body.input()), calendar.zone());
    }

    @GET
    @Path("non-conformities")
    public Page<NonConformityView> nonConformities(
            @QueryParam("state") String state, @QueryParam("q") String text, @Valid @BeanParam PageParams page) {
        NonConformityFilter filter =
                new NonConformityFilter(EnumParser.one(NonConformityState.class, state, "state", null), text);
        return Page.of(records.nonConformities(filter, page.first(), page.size()), n -> n);
    }

    @POST
    @Path("non-conformities")
    public Response addNonConformity(@NotNull(message = "{validation.body}") NonConformityBody body) {
        return Response.status(201)
                .entity(records.saveNonConformity(null, body.input()))
                .build();
    }

    @PUT
    @Path("non-conformities/{id}")
    public NonConformityView changeNonConformity(
            @PathParam("id") long id, @NotNull(message = "{validation.body}") NonConformityBody body) {
        return records.saveNonConformity(id, body.input());
    }
}
