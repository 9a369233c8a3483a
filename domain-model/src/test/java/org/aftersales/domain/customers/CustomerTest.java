package org.aftersales.domain.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.aftersales.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** C1: the customer archive's keys for search and duplicate detection. */
class CustomerTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "13800000000, 13800000000",
        "138-0000-0000, 13800000000",
        "'+86 138 0000 0000', 13800000000",
        "0086 13800000000, 13800000000",
        "(010) 6512 3456, 01065123456",
        "8613800000000, 13800000000",
    })
    void phoneNumbersCompareByTheirDigitsWithoutCountryCode(String typed, String key) {
        assertEquals(key, PhoneNumber.key(typed));
    }

    @Test
    void aPhoneWithoutDigitsHasNoKey() {
        assertNull(PhoneNumber.key("无"));
        assertNull(PhoneNumber.key(null));
    }

    @Test
    void namesAndAddressesCompareWithoutSpacesAndCase() {
        Customer customer =
                new Customer("  Beijing  ACME 公司 ", CustomerType.COMMERCIAL, "138 0000 0000", "北京", "朝阳区 建国路 1 号");
        assertEquals("Beijing  ACME 公司", customer.getName());
        assertEquals("beijingacme公司", customer.getNameKey());
        assertEquals("朝阳区建国路1号", customer.getAddressKey());
        assertEquals("13800000000", customer.getPhoneKey());
    }

    @Test
    void aCustomerNeedsNamePhoneRegionAndAddress() {
        assertThrows(RuleViolationException.class, () -> new Customer(" ", CustomerType.HOUSEHOLD, "138", "北京", "某地"));
        assertThrows(RuleViolationException.class, () -> new Customer("张三", CustomerType.HOUSEHOLD, "无", "北京", "某地"));
        assertThrows(RuleViolationException.class, () -> new Customer("张三", CustomerType.HOUSEHOLD, "138", "", "某地"));
        assertThrows(NullPointerException.class, () -> new Customer("张三", null, "138", "北京", "某地"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"SIGNED, ACCEPTED", "ACCEPTED, IN_SERVICE", "IN_SERVICE, FOLLOW_UP"})
    void theQybsCycleMovesForward(ContractStage from, ContractStage to) {
        assertEquals(to, from.next());
    }

    @Test
    void followUpIsTheLastStageARenewalStartsAgain() {
        assertThrows(IllegalStateException.class, ContractStage.FOLLOW_UP::next);
    }
}
