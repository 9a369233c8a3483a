package org.aftersales.web.tickets.view;

/** A customer's phone number as a link the technician's phone dials with one tap. */
public final class PhoneLink {

    private PhoneLink() {}

    /** {@code tel:} and the digits, with a leading + kept; null when there is nothing to dial. */
    public static String tel(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.strip().replaceAll("[^0-9+]", "");
        if (digits.lastIndexOf('+') > 0) {
            digits = digits.charAt(0) + digits.substring(1).replace("+", "");
        }
        return digits.isEmpty() || "+".equals(digits) ? null : "tel:" + digits;
    }
}
