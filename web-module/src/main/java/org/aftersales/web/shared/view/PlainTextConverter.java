package org.aftersales.web.shared.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.aftersales.domain.shared.Plausible;

/**
 * Every text typed on a screen (issue 10.7): NUL and other control characters and the invisible
 * direction marks (U+200E/F, U+202A–E, U+2066–9) are refused with a message beside the field;
 * line breaks and tabs only in text areas. Registered for {@code String}, so it covers every input
 * without a converter of its own.
 */
@FacesConverter(forClass = String.class)
public class PlainTextConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        if (value != null && Plausible.forbiddenCharacter(value, multiLine(component)) >= 0) {
            String text = Feedback.text("validation.controlCharacter");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        return value;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }

    private static boolean multiLine(UIComponent component) {
        return component instanceof HtmlInputTextarea
                || (component.getRendererType() != null
                        && component.getRendererType().contains("Textarea"));
    }
}
