package org.aftersales.web.shared.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.time.LocalDate;

/**
 * The end of a period filter (登记起 … 登记止): an end before the start is refused beside the end's
 * field, in the validation phase, so the list keeps its filters and rows instead of showing nothing
 * without a word. On the end's date picker: {@code <f:validator validatorId="periodEnd"/>} and
 * {@code <f:attribute name="periodStart" value="from"/>} (the id of the start's picker in the same
 * form). The start is checked only when it converted; either end empty is an open period.
 */
@FacesValidator("periodEnd")
public class PeriodEndValidator implements Validator<Object> {

    static final String START = "periodStart";

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (!(value instanceof LocalDate end)) {
            return;
        }
        Object startId = component.getAttributes().get(START);
        UIComponent start = startId == null ? null : component.findComponent(startId.toString());
        if (start instanceof UIInput input
                && input.isValid()
                && input.getValue() instanceof LocalDate begin
                && end.isBefore(begin)) {
            String message = Feedback.text("validation.endBeforeStart");
            Object label = component.getAttributes().get("label");
            String text = label == null || label.toString().isBlank()
                    ? message
                    : Feedback.text("feedback.labelled", label, message);
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }
}
