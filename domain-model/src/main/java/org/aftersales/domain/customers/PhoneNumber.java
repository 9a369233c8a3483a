package org.aftersales.domain.customers;

/**
 * C1: phone numbers as people type them ("138-0000-0000", "+86 138 0000 0000", "(010) 6512 3456")
 * compared by their digits, without the country code 86 — the key of duplicate detection and of
 * search by phone.
 */
public final class PhoneNumber {

    private PhoneNumber() {}

    public static String key(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        return digits.isEmpty() ? null : digits;
    }
}
