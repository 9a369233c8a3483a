package org.aftersales.customers.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.aftersales.domain.customers.InstalledProduct;
import org.aftersales.domain.customers.warranty.WarrantyAssessment;
import org.aftersales.domain.customers.warranty.WarrantyPolicy;
import org.aftersales.settings.boundary.SettingReader;

/** W1–W3 for a loaded product: the terms table ({@link WarrantyTermTable}) and the W2 grace from the settings, then the pure policy. */
@Dependent
public class WarrantyAssessor {

    public static final String GRACE_MONTHS = "warranty.no-proof-grace-months";

    @Inject
    private WarrantyTermTable table;

    @Inject
    private SettingReader settings;

    public WarrantyAssessment assess(InstalledProduct product, LocalDate date) {
        return new WarrantyPolicy(settings.number(GRACE_MONTHS, 3)).assess(product.facts(), table.terms(), date);
    }
}
