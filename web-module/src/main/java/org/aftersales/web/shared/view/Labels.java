package org.aftersales.web.shared.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.aftersales.web.shared.i18n.EnumLabels;

/**
 * Issue 10.17: words for codes that are data rather than enums (a customer's source, an event type):
 * {@code #{labels.code('customerSource.', c.source())}} shows 手工登记 for MANUAL, and a code the
 * bundles do not know (one a partner system sent) as it is.
 */
@Named
@ApplicationScoped
public class Labels {

    public String code(String prefix, String code) {
        return EnumLabels.label(Feedback.locale(), prefix, code);
    }
}
