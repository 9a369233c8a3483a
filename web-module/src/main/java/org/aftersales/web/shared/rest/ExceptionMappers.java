package org.aftersales.web.shared.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.NotPermittedException;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.web.shared.i18n.Messages;
import org.aftersales.web.shared.rest.ProblemJson.FieldProblem;

/**
 * How every failure becomes problem+json (../shared/API.md): malformed JSON → 400; a rule broken by
 * well-formed input → 422 with the fields; unknown id → 404; stale version or illegal state → 409;
 * a database out of reach → 503 with Retry-After ({@link ApiFailures}, however it is wrapped);
 * anything unexpected → 500 with an incident id in the log and no stack trace to the client.
 */
public final class ExceptionMappers {

    private ExceptionMappers() {}

    abstract static class Base<E extends Throwable> implements ExceptionMapper<E> {
        @Context
        HttpHeaders headers;

        Locale locale() {
            return ApiLocale.of(headers);
        }

        String text(String key, List<String> args) {
            return Messages.get(locale(), key, args);
        }

        String text(String key) {
            return Messages.get(locale(), key, List.of());
        }
    }

    @Provider
    public static class RuleViolation extends Base<RuleViolationException> {
        @Override
        public Response toResponse(RuleViolationException e) {
            return ProblemJson.response(
                    422,
                    "validation",
                    text("problem.validation.title"),
                    text("problem.validation.detail"),
                    e.errors().stream()
                            .map(f -> new FieldProblem(f.field(), text(f.messageKey(), f.args())))
                            .toList());
        }
    }

    @Provider
    public static class ConstraintViolation_ extends Base<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<FieldProblem> errors = e.getConstraintViolations().stream()
                    .map(v -> new FieldProblem(field(v), message(v)))
                    .sorted(Comparator.comparing(FieldProblem::field))
                    .toList();
            return ProblemJson.response(
                    422, "validation", text("problem.validation.title"), text("problem.validation.detail"), errors);
        }

        /** Our own templates ({@code {validation.required}}) in the caller's language; others as interpolated. */
        private String message(ConstraintViolation<?> v) {
            String template = v.getMessageTemplate();
            if (template != null && template.startsWith("{validation.") && template.endsWith("}")) {
                return text(template.substring(1, template.length() - 1));
            }
            return v.getMessage();
        }

        /** {@code create.arg0.username} → {@code username}; a query parameter keeps its own name. */
        private static String field(ConstraintViolation<?> v) {
            String last = null;
            StringBuilder path = new StringBuilder();
            for (Path.Node node : v.getPropertyPath()) {
                switch (node.getKind()) {
                    case PROPERTY, CONTAINER_ELEMENT -> {
                        if (!path.isEmpty()) {
                            path.append('.');
                        }
                        path.append(node.getName());
                    }
                    default -> last = node.getName();
                }
            }
            return path.isEmpty() ? (last == null ? "" : last) : path.toString();
        }
    }

    @Provider
    public static class Conflict extends Base<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return ProblemJson.response(
                    409, "conflict", text("problem.conflict.title"), text(e.messageKey(), e.args()));
        }
    }

    @Provider
    public static class UnknownEntity extends Base<UnknownEntityException> {
        @Override
        public Response toResponse(UnknownEntityException e) {
            return ProblemJson.response(
                    404,
                    "not-found",
                    text("problem.notFound.title"),
                    text("problem.notFound.detail", List.of(e.entityType(), e.key())));
        }
    }

    /** Known caller, existing object, but not theirs to do (not a decider of the step, their own request). */
    @Provider
    public static class NotPermitted extends Base<NotPermittedException> {
        @Override
        public Response toResponse(NotPermittedException e) {
            return ProblemJson.response(
                    403, "forbidden", text("problem.forbidden.title"), text(e.messageKey(), e.args()));
        }
    }

    @Provider
    public static class AccessDenied extends Base<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return ProblemJson.response(
                    403, "forbidden", text("problem.forbidden.title"), text("problem.forbidden.detail"));
        }
    }

    @Provider
    public static class Ejb extends Base<EJBException> {
        @Override
        public Response toResponse(EJBException e) {
            if (ApiFailures.unavailable(e)) {
                return unexpected(e, this); // a lost connection can surface as an optimistic lock failure too
            }
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockException) {
                    return stale(this);
                }
            }
            return unexpected(e, this);
        }
    }

    @Provider
    public static class OptimisticLock extends Base<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            return stale(this);
        }
    }

    @Provider
    public static class Malformed extends Base<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return malformed(e, this);
        }
    }

    @Provider
    public static class MalformedJson extends Base<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return malformed(e, this);
        }
    }

    @Provider
    public static class Web extends Base<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 401) {
                return Response.fromResponse(ProblemJson.response(
                                401,
                                "unauthorized",
                                text("problem.unauthorized.title"),
                                text("problem.unauthorized.detail")))
                        .header("WWW-Authenticate", RoleCheckFilter.CHALLENGE)
                        .build();
            }
            if (status == 403) {
                return ProblemJson.response(
                        403, "forbidden", text("problem.forbidden.title"), text("problem.forbidden.detail"));
            }
            if (status == 400 && e.getCause() != null) {
                return malformed(e, this);
            }
            String parameter = parameterName(e);
            if (parameter != null && e.getCause() != null) {
                // a query parameter that is no number or date: Jersey says 404, it is a 400 on that parameter
                return ProblemJson.response(
                        400,
                        "malformed",
                        text("problem.malformed.title"),
                        text("problem.malformed.detail"),
                        List.of(new FieldProblem(parameter, text("validation.parameter"))));
            }
            Response.StatusType type = Response.Status.fromStatusCode(status);
            String title = type == null ? String.valueOf(status) : type.getReasonPhrase();
            Response.ResponseBuilder answer = Response.fromResponse(ProblemJson.response(status, null, title, null));
            if (e.getResponse().getHeaderString("Allow") != null) {
                answer.header("Allow", e.getResponse().getHeaderString("Allow"));
            }
            return answer.build();
        }
    }

    @Provider
    public static class Unexpected extends Base<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            return unexpected(e, this);
        }
    }

    /**
     * A body the JSON binding refused (issue 10.7): a value {@link StrictJson} refuses is a 422 on
     * its field; anything else that does not fit (wrong type, broken JSON) a 400, with the field
     * when the binding names it.
     */
    static Response malformed(Throwable e, Base<?> base) {
        String field = StrictJson.field(e);
        var invalid = StrictJson.invalidValue(e);
        if (invalid.isPresent()) {
            return ProblemJson.response(
                    422,
                    "validation",
                    base.text("problem.validation.title"),
                    base.text("problem.validation.detail"),
                    List.of(new FieldProblem(
                            field,
                            base.text(invalid.get().messageKey(), invalid.get().args()))));
        }
        List<FieldProblem> errors =
                field.isEmpty() ? List.of() : List.of(new FieldProblem(field, base.text("validation.jsonType")));
        return ProblemJson.response(
                400, "malformed", base.text("problem.malformed.title"), base.text("problem.malformed.detail"), errors);
    }

    /**
     * The query parameter a failed conversion is about ({@code ?page=abc}), or null. A path that
     * does not convert ({@code /customers/abc}) stays a 404: no such resource.
     */
    static String parameterName(WebApplicationException e) {
        if (!e.getClass().getSimpleName().contains("QueryParam")) {
            return null;
        }
        try {
            Object name = e.getClass().getMethod("getParameterName").invoke(e);
            return name instanceof String text ? text : null;
        } catch (ReflectiveOperationException | RuntimeException ignored) {
            return null; // not a parameter conversion failure
        }
    }

    static Response stale(Base<?> base) {
        return ProblemJson.response(
                409, "conflict", base.text("problem.conflict.title"), base.text("error.staleVersion"));
    }

    /** 503 when the database is out of reach (issue 10.20), else 500 with an incident id; logged once. */
    static Response unexpected(Throwable e, Base<?> base) {
        return ApiFailures.response(e, base.locale());
    }
}
