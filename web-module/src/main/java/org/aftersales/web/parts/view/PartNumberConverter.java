package org.aftersales.web.parts.view;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * Issue 10.14: an autocomplete choice reads "YSJ-001 压缩机"; the part number is its first word (P1:
 * part numbers have no spaces), so a chosen line and a typed number give the same value.
 */
@FacesConverter("partNumber")
public class PartNumberConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        return number(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }

    static String number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip().split("\\s+", 2)[0];
    }
}
