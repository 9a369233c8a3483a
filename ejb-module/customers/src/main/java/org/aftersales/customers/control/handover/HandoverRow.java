package org.aftersales.customers.control.handover;

import java.time.LocalDate;

/**
 * C2: one delivered product to one customer, as the sales office's hand-over file (客户档案信息表)
 * gives it. {@code line} is the row's line number as a person sees it in the file (header = 1).
 */
public record HandoverRow(
        int line,
        String customerName,
        String customerType,
        String contact,
        String phone,
        String email,
        String region,
        String address,
        String model,
        String serialNumber,
        String colour,
        LocalDate factoryDate,
        LocalDate purchaseDate,
        String proofOfPurchase,
        String use,
        String dealer,
        String deliveryNote) {}
