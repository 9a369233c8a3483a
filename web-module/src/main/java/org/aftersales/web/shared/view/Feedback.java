package org.aftersales.web.shared.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.web.shared.i18n.Messages;

/**
 * Messages for the pages: a broken rule appears beside its field (the input's id is the rule's
 * field name inside the given form), everything else at the top of the page.
 */
public final class Feedback {

    private Feedback() {
    }

    public static String text(String key, Object... args) {
        return Messages.get(locale(), key, args);
    }

    public static void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    }

    public static void warn(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text(key, args), null));
    }

    public static void error(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, args), null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Shows a failure of a business call; false when the exception is not one this knows. */
    public static void failed(RuntimeException e, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (e instanceof RuleViolationException violation) {
            for (FieldError field : violation.errors()) {
                String message = Messages.get(locale(), field.messageKey(), field.args());
                faces.addMessage(formId + ":" + field.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
            }
            faces.validationFailed();
        } else if (e instanceof ConflictException conflict) {
            error(conflict.messageKey(), conflict.args().toArray());
        } else if (e instanceof UnknownEntityException unknown) {
            error("problem.notFound.detail", unknown.entityType(), unknown.key());
        } else {
            throw e;
        }
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Messages.CHINESE;
    }

}
