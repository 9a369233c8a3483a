package org.aftersales.web.shared.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.aftersales.web.shared.i18n.Messages;

/** The language of the API's messages: the client's Accept-Language (zh or en), Chinese by default. */
public final class ApiLocale {

    private ApiLocale() {}

    public static Locale of(HttpHeaders headers) {
        return headers == null
                ? Messages.CHINESE
                : of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE), headers::getAcceptableLanguages);
    }

    /** The same for a request filter, which has the request rather than its headers. */
    public static Locale of(ContainerRequestContext request) {
        return of(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE), request::getAcceptableLanguages);
    }

    private static Locale of(String acceptLanguage, Supplier<List<Locale>> acceptable) {
        if (acceptLanguage == null) {
            return Messages.CHINESE;
        }
        for (Locale wanted : acceptable.get()) {
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
