package org.aftersales.web.shared.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.aftersales.web.shared.i18n.Messages;

/** The language of the API's messages: the client's Accept-Language (zh or en), Chinese by default. */
public final class ApiLocale {

    private ApiLocale() {}

    public static Locale of(HttpHeaders headers) {
        if (headers == null || headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return Messages.CHINESE;
        }
        for (Locale wanted : headers.getAcceptableLanguages()) {
            if ("en".equals(wanted.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("zh".equals(wanted.getLanguage())) {
                return Messages.CHINESE;
            }
        }
        return Messages.CHINESE;
    }
}
