package org.aftersales.web.shared.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.Optional;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.NotPermittedException;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.web.shared.i18n.Messages;

/**
 * Messages for the pages: a broken rule appears beside its field (the input's id is the rule's
 * field name inside the given form), everything else at the top of the page.
 */
public final class Feedback {

    private Feedback() {}

    public static String text(String key, Object... args) {
        return Messages.get(locale(), key, args);
    }

    public static void info(String key, Object... args) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    }

    public static void warn(String key, Object... args) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text(key, args), null));
    }

    public static void error(String key, Object... args) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, args), null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Shows a failure of a business call; false when the exception is not one this knows. */
    public static void failed(RuntimeException e, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (e instanceof RuleViolationException violation) {
            for (FieldError field : violation.errors()) {
                String message = Messages.get(locale(), field.messageKey(), field.args());
                String clientId = clientId(formId, field.field());
                Optional<Input> input = input(faces, clientId);
                if (input.isPresent()) { // beside its input, naming it ("显示名称：最多 100 个字符。")
                    String label = input.get().label();
                    String text = label == null ? message : Messages.get(locale(), "feedback.labelled", label, message);
                    faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
                } else { // no input of that name on the page: say it at the top, never drop it
                    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
                }
            }
            faces.validationFailed();
        } else if (e instanceof ConflictException conflict) {
            error(conflict.messageKey(), conflict.args().toArray());
        } else if (e instanceof NotPermittedException refused) {
            error(refused.messageKey(), refused.args().toArray());
        } else if (e instanceof UnknownEntityException unknown) {
            error("problem.notFound.detail", unknown.entityType(), unknown.key());
        } else {
            throw e;
        }
    }

    /** The input a rule's field path names: {@code lines[0].qty} in form f is {@code f:lines:0:qty}. */
    static String clientId(String formId, String field) {
        return formId + ":"
                + field.replaceAll("\\[(\\d+)]\\.?", ":$1:").replace('.', ':').replaceAll(":$", "");
    }

    /** An input on the page and its label (set by its p:outputLabel; null without one). */
    private record Input(String label) {}

    private static Optional<Input> input(FacesContext faces, String clientId) {
        if (faces.getViewRoot() == null) {
            return Optional.empty();
        }
        String[] label = new String[1];
        boolean found = faces.getViewRoot().invokeOnComponent(faces, clientId, (context, component) -> {
            Object l = component.getAttributes().get("label");
            label[0] = l == null || l.toString().isBlank() ? null : l.toString();
        });
        return found ? Optional.of(new Input(label[0])) : Optional.empty();
    }

    /** The language of the page being rendered (Chinese outside a request). */
    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : Messages.CHINESE;
    }
}
