package org.aftersales.domain.numbering;

import java.util.Arrays;
import java.util.Optional;

/**
 * T10: the kinds of document that are numbered, each with its own gap-free series per department
 * and month, and the code its number carries after the department ({@code YX-RK-26-11-01}). The
 * ticket (叫修单) carries none ({@code YX-26-11-01}), so the numbers of its book stay as they were.
 * The one place that names the series: the README's table lists them too.
 */
public enum DocumentKind {
    /** 叫修单 (T1, T10): the service ticket. */
    TICKET(null, "叫修单", "Service ticket"),
    /** 入库单 (P2). */
    INBOUND_SLIP("RK", "入库单", "Inbound slip"),
    /** 出库单 (P3): direct issues and issues against a part request. */
    OUTBOUND_SLIP("CK", "出库单", "Outbound slip"),
    /** 调拨单 (P3). */
    TRANSFER_SLIP("DB", "调拨单", "Transfer slip"),
    /** 零配件销货卡 (P5). */
    PART_SALE("XS", "零配件销货卡", "Parts sales card"),
    /** 缴款单 (P5): the settlement of the day's sales paid in to finance. */
    PAYMENT_SLIP("JK", "缴款单", "Payment slip"),
    /** 盘点表 (P4): a stock-take. */
    STOCK_TAKE("PD", "盘点表", "Stock-take sheet"),
    /** 产品售后管理表 (T7): a dealer's return or exchange. */
    DEALER_RETURN("SH", "产品售后管理表", "Dealer return form"),
    /** 收费单 (B2, 10.3): the charge of a ticket, from its accepted quote. */
    CHARGE("SF", "收费单", "Charge"),
    /** 客户投诉处理报告单 (Q1, Q2): a complaint, from intake to its archived reply. */
    COMPLAINT("TS", "客户投诉处理报告单", "Complaint report"),
    /** 索赔单 (B5): the claim on a supplier for the free repair of a bought-in model. */
    SUPPLIER_CLAIM("SP", "索赔单", "Supplier claim"),
    /** 费用报销单 (B6): an expense claim walking its approval chain. */
    EXPENSE_CLAIM("BX", "费用报销单", "Expense claim");

    private final String code;
    private final String paperName;
    private final String englishName;

    DocumentKind(String code, String paperName, String englishName) {
        this.code = code;
        this.paperName = paperName;
        this.englishName = englishName;
    }

    /** The form's code in capital pinyin initials, written after the department; empty for the ticket. */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /** The name printed on the paper form. */
    public String paperName() {
        return paperName;
    }

    public String englishName() {
        return englishName;
    }

    /** The kind whose numbers carry this code; no code ({@code null}) is the ticket. */
    public static Optional<DocumentKind> ofCode(String code) {
        return Arrays.stream(values())
                .filter(k -> java.util.Objects.equals(k.code, code))
                .findFirst();
    }
}
