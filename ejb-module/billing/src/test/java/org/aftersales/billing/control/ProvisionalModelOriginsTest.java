package org.aftersales.billing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** B5, provisional: a model's origin read from the setting until the product model catalogue answers. */
class ProvisionalModelOriginsTest {

    @ParameterizedTest(name = "{0} in \"{1}\" → {2} {3}")
    @CsvSource(
            nullValues = "none",
            delimiter = '|',
            value = {
                "KFR-35GW | KFR-35GW=BOUGHT_IN:某某电器厂 | BOUGHT_IN | 某某电器厂",
                "kfr-35gw | X=IN_HOUSE; KFR-35GW = BOUGHT_IN : 某某电器厂 | BOUGHT_IN | 某某电器厂",
                "X | X=IN_HOUSE; KFR-35GW=BOUGHT_IN:某某电器厂 | IN_HOUSE | none",
                "Y | X=IN_HOUSE | none | none",
                "Y | - | none | none",
                "Y | Y=MADE_UP | none | none",
                "Y | =IN_HOUSE;Y | none | none"
            })
    void theSettingNamesTheOriginAndSupplierOfAModel(String model, String setting, String origin, String supplier) {
        var found = ProvisionalModelOrigins.parse(setting, model);
        assertEquals(origin, found.map(o -> o.origin().name()).orElse(null));
        assertEquals(supplier, found.map(o -> o.supplier()).orElse(null));
    }
}
