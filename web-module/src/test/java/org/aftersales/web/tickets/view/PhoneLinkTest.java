package org.aftersales.web.tickets.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Phone numbers as tel: links on the technician's job cards. */
class PhoneLinkTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            nullValues = "-",
            value = {
                "13800138000, tel:13800138000",
                "'022-2345 6789', tel:02223456789",
                "'+86 138 0013 8000', tel:+8613800138000",
                "'138+0013', tel:1380013",
                "'（无）', -",
                "'  ', -",
                "'+', -",
                "-, -",
            })
    void keepsOnlyWhatAPhoneDials(String phone, String expected) {
        assertEquals(expected, PhoneLink.tel(phone));
    }
}
