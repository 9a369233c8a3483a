package org.aftersales.web.shared.i18n;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.aftersales.domain.accounts.Qualification;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.approvals.ApprovalKind;
import org.aftersales.domain.approvals.ApprovalState;
import org.aftersales.domain.approvals.StepState;
import org.aftersales.domain.approvals.Verdict;
import org.aftersales.domain.customers.ContractKind;
import org.aftersales.domain.customers.ContractStage;
import org.aftersales.domain.customers.CustomerType;
import org.aftersales.domain.customers.ServiceTerm;
import org.aftersales.domain.customers.UsageFrequency;
import org.aftersales.domain.customers.WantedService;
import org.aftersales.domain.customers.warranty.Entitlement;
import org.aftersales.domain.customers.warranty.Exclusion;
import org.aftersales.domain.customers.warranty.ProductUse;
import org.aftersales.domain.customers.warranty.ProofOfPurchase;
import org.aftersales.domain.customers.warranty.SerialStatus;
import org.aftersales.domain.customers.warranty.StartBasis;
import org.aftersales.domain.customers.warranty.WarrantyStatus;
import org.aftersales.domain.mail.MailStatus;
import org.aftersales.domain.parts.DefectiveDisposition;
import org.aftersales.domain.parts.MovementType;
import org.aftersales.domain.parts.PartRequestStatus;
import org.aftersales.domain.parts.PartSource;
import org.aftersales.domain.parts.PaymentMethod;
import org.aftersales.domain.parts.SlipKind;
import org.aftersales.domain.parts.StockTakeStatus;
import org.aftersales.domain.shared.AuditEntry;
import org.aftersales.domain.tickets.Channel;
import org.aftersales.domain.tickets.FaultLevel;
import org.aftersales.domain.tickets.GoodsLogEntry;
import org.aftersales.domain.tickets.InstallationCheck;
import org.aftersales.domain.tickets.ServiceKind;
import org.aftersales.domain.tickets.SlaDeadline;
import org.aftersales.domain.tickets.TicketEventType;
import org.aftersales.domain.tickets.TicketStatus;
import org.aftersales.domain.tickets.dealer.Appearance;
import org.aftersales.domain.tickets.dealer.Arrival;
import org.aftersales.domain.tickets.dealer.DealerReturnStage;
import org.aftersales.domain.tickets.dealer.Disposition;
import org.aftersales.domain.tickets.dealer.FunctionCheck;
import org.aftersales.domain.tickets.dealer.Handling;
import org.aftersales.domain.tickets.dealer.Judgement;
import org.aftersales.domain.tickets.dealer.WantedHandling;
import org.aftersales.domain.tickets.maintenance.DueReason;
import org.aftersales.domain.tickets.maintenance.MaintenanceLevel;
import org.aftersales.domain.tickets.maintenance.WorkType;

/**
 * Issue 10.17: what a person reads instead of an enum's name. Every enum of the domain that reaches a
 * page, a select item, a table, a PDF, an Excel cell or a message has its words in both bundles under
 * {@code <prefix>.<NAME>} — the pages write {@code msg['ticketStatus.'.concat(t.status())]}, Java code
 * {@link #label(Locale, Enum)}. {@code EnumLabelsTest} checks that every constant of every enum listed
 * here has its key in both bundles, and that an enum of the domain that is not listed is one that is
 * never shown.
 *
 * <p>Some messages of the business layer carry enum names as arguments ("叫修单 {0} 当前为 {1}");
 * {@link #arguments(String, List)} puts the words in their place before the message is formatted.
 */
public final class EnumLabels {

    private static final Map<Class<? extends Enum<?>>, String> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put(Role.class, "role.");
        PREFIXES.put(org.aftersales.domain.shared.DeadLetter.State.class, "deadState.");
        PREFIXES.put(org.aftersales.domain.shared.DeadLetter.BrokerReason.class, "deadReason.");
        PREFIXES.put(org.aftersales.reference.boundary.ReferenceLists.Kind.class, "lists.kind.");
        PREFIXES.put(Qualification.class, "qualification.");
        PREFIXES.put(ContractKind.class, "contractKind.");
        PREFIXES.put(ContractStage.class, "contractStage.");
        PREFIXES.put(CustomerType.class, "customerType.");
        PREFIXES.put(ServiceTerm.class, "term.");
        PREFIXES.put(UsageFrequency.class, "frequency.");
        PREFIXES.put(WantedService.class, "service.");
        PREFIXES.put(Appearance.class, "dealerReturn.appearance.");
        PREFIXES.put(Arrival.class, "dealerReturn.arrival.");
        PREFIXES.put(DealerReturnStage.class, "dealerReturnStage.");
        PREFIXES.put(Disposition.class, "dealerReturn.disposition.");
        PREFIXES.put(FunctionCheck.class, "dealerReturn.function.");
        PREFIXES.put(Handling.class, "dealerReturn.handling.");
        PREFIXES.put(Judgement.class, "dealerReturn.judgement.");
        PREFIXES.put(WantedHandling.class, "dealerReturn.wantedHandling.");
        PREFIXES.put(MailStatus.class, "mailStatus.");
        PREFIXES.put(DueReason.class, "dueReason.");
        PREFIXES.put(MaintenanceLevel.class, "maintenanceLevel.");
        PREFIXES.put(WorkType.class, "workType.");
        PREFIXES.put(DefectiveDisposition.class, "disposition.");
        PREFIXES.put(MovementType.class, "movementType.");
        PREFIXES.put(PartRequestStatus.class, "partRequestStatus.");
        PREFIXES.put(PartSource.class, "parts.source.");
        PREFIXES.put(PaymentMethod.class, "paymentMethod.");
        PREFIXES.put(SlipKind.class, "slipKind.");
        PREFIXES.put(StockTakeStatus.class, "stockTakeStatus.");
        PREFIXES.put(AuditEntry.Action.class, "auditAction.");
        PREFIXES.put(Channel.class, "channel.");
        PREFIXES.put(FaultLevel.class, "faultLevel.");
        PREFIXES.put(GoodsLogEntry.Direction.class, "goodsDirection.");
        PREFIXES.put(InstallationCheck.class, "installationCheck.");
        PREFIXES.put(ServiceKind.class, "ticketKind.");
        PREFIXES.put(SlaDeadline.class, "slaDeadline.");
        PREFIXES.put(TicketEventType.class, "ticketEvent.");
        PREFIXES.put(TicketStatus.class, "ticketStatus.");
        PREFIXES.put(Entitlement.class, "entitlement.");
        PREFIXES.put(Exclusion.class, "exclusion.");
        PREFIXES.put(ProductUse.class, "use.");
        PREFIXES.put(ProofOfPurchase.class, "proof.");
        PREFIXES.put(SerialStatus.class, "serialStatus.");
        PREFIXES.put(StartBasis.class, "startBasis.");
        PREFIXES.put(WarrantyStatus.class, "warrantyStatus.");
        PREFIXES.put(ApprovalKind.class, "approvalKind.");
        PREFIXES.put(ApprovalState.class, "approvalState.");
        PREFIXES.put(StepState.class, "approvalStepState.");
        PREFIXES.put(Verdict.class, "approvalVerdict.");
        PREFIXES.put(org.aftersales.approvals.boundary.ApprovalViews.Box.class, "approvals.box.");
        PREFIXES.put(org.aftersales.domain.billing.FeeScheduleState.class, "feeScheduleState.");
        PREFIXES.put(org.aftersales.domain.billing.QuoteState.class, "quoteState.");
        PREFIXES.put(org.aftersales.domain.billing.Payer.class, "payer.");
        PREFIXES.put(org.aftersales.domain.customers.ProductOrigin.class, "productOrigin.");
        PREFIXES.put(org.aftersales.domain.tickets.GoodwillState.class, "goodwillState.");
        PREFIXES.put(org.aftersales.domain.billing.DiscountPolicyKind.class, "discountPolicyKind.");
        PREFIXES.put(org.aftersales.domain.billing.GuaranteeRemedy.class, "guaranteeRemedy.");
        PREFIXES.put(org.aftersales.domain.billing.QuoteLineCategory.class, "quoteLine.");
        PREFIXES.put(org.aftersales.domain.billing.AcceptanceMethod.class, "acceptanceMethod.");
        PREFIXES.put(org.aftersales.domain.billing.ChargePaymentMethod.class, "chargePaymentMethod.");
        PREFIXES.put(org.aftersales.domain.billing.RefundState.class, "refundState.");
        PREFIXES.put(org.aftersales.domain.billing.ChargeStatus.class, "chargeStatus.");
        PREFIXES.put(org.aftersales.domain.quality.ComplaintChannel.class, "complaintChannel.");
        PREFIXES.put(org.aftersales.domain.quality.ComplaintCategory.class, "complaintCategory.");
        PREFIXES.put(org.aftersales.domain.quality.ComplaintSeverity.class, "complaintSeverity.");
        PREFIXES.put(org.aftersales.domain.quality.ComplaintState.class, "complaintState.");
        PREFIXES.put(org.aftersales.domain.quality.ComplaintEventType.class, "complaintEvent.");
        PREFIXES.put(org.aftersales.domain.quality.ReplyMethod.class, "replyMethod.");
        PREFIXES.put(org.aftersales.domain.quality.VisitReason.class, "visitReason.");
        PREFIXES.put(org.aftersales.domain.quality.VisitState.class, "visitState.");
        PREFIXES.put(org.aftersales.domain.quality.VisitResult.class, "visitResult.");
        PREFIXES.put(org.aftersales.domain.quality.SatisfactionLevel.class, "satisfactionLevel.");
        PREFIXES.put(org.aftersales.domain.quality.KpiDimension.class, "kpiDimension."); // q-kpi
        PREFIXES.put(org.aftersales.domain.quality.AuditVerdict.class, "auditVerdict."); // q-kpi
        PREFIXES.put(org.aftersales.domain.quality.CapaState.class, "capaState.");
        PREFIXES.put(org.aftersales.domain.quality.CapaSource.class, "capaSource.");
        PREFIXES.put(org.aftersales.domain.quality.CapaEventType.class, "capaEvent.");
        PREFIXES.put(org.aftersales.domain.quality.InfoFormState.class, "infoFormState.");
        PREFIXES.put(org.aftersales.domain.quality.InfoSource.class, "infoSource.");
        PREFIXES.put(org.aftersales.domain.quality.KnowledgeKind.class, "knowledgeKind.");
        PREFIXES.put(org.aftersales.domain.quality.NonConformityState.class, "nonConformityState.");
        PREFIXES.put(org.aftersales.domain.billing.CostCategory.class, "costCategory.");
        PREFIXES.put(org.aftersales.domain.billing.CostCentre.class, "costCentre.");
        PREFIXES.put(org.aftersales.domain.billing.ModelOrigin.class, "modelOrigin.");
        PREFIXES.put(org.aftersales.domain.billing.SupplierClaimState.class, "supplierClaimState.");
        PREFIXES.put(org.aftersales.domain.billing.BudgetLevel.class, "budgetLevel.");
        PREFIXES.put(org.aftersales.domain.billing.ExpenseCategory.class, "expenseCategory.");
        PREFIXES.put(org.aftersales.domain.billing.ExpenseClaimType.class, "expenseClaimType.");
        PREFIXES.put(org.aftersales.domain.billing.ExpenseClaimState.class, "expenseClaimState.");
    }

    /**
     * The messages whose arguments are enum names (or lists of them, ", " between), by position: the
     * prefix of the words for each, null where the argument is shown as it is. A name without words
     * (a component someone typed in the warranty terms) stays as it is.
     */
    private static final Map<String, List<String>> ARGUMENTS = Map.ofEntries(
            Map.entry("error.illegalTransition", Arrays.asList(null, "ticketStatus.", "ticketEvent.")),
            Map.entry("error.partRequestStatus", Arrays.asList(null, "partRequestStatus.")),
            Map.entry("error.stockTakeStatus", Arrays.asList(null, "stockTakeStatus.")),
            Map.entry("error.dealerReturnStage", Arrays.asList(null, "dealerReturnStage.", "dealerReturnStage.")),
            Map.entry("warranty.reason.void.serial", Arrays.asList("serialStatus.")),
            Map.entry("warranty.reason.inWarranty", Arrays.asList("startBasis.")),
            Map.entry("warranty.reason.componentOnly", Arrays.asList("component.")),
            Map.entry("entitlement.reason.exclusion", Arrays.asList("exclusion.")),
            Map.entry("entitlement.reason.goodwill", Arrays.asList("exclusion.")),
            Map.entry("error.goodwillState", Arrays.asList(null, "goodwillState.")),
            Map.entry("error.guaranteeOrder", Arrays.asList(null, "guaranteeRemedy.", "guaranteeRemedy.")),
            Map.entry("problem.notFound.detail", Arrays.asList("auditEntity.")),
            Map.entry("error.approvalEnded", Arrays.asList(null, "approvalState.")),
            Map.entry("error.feeScheduleState", Arrays.asList(null, "feeScheduleState.")),
            Map.entry("error.quoteState", Arrays.asList(null, "quoteState.")),
            Map.entry("error.refundState", Arrays.asList(null, "refundState.")),
            Map.entry("error.expenseClaimState", Arrays.asList(null, "expenseClaimState.")),
            Map.entry("error.quoteTicketFinal", Arrays.asList(null, "ticketStatus.")),
            Map.entry("error.complaintStep", Arrays.asList(null, "complaintState.", "complaintState.")),
            Map.entry("error.capaStep", Arrays.asList(null, "capaState.", "capaState.")),
            Map.entry("error.infoFormStep", Arrays.asList(null, "infoFormState.", "infoFormState.")),
            Map.entry("notification.qualificationExpiring", Arrays.asList(null, "qualification.", null)),
            Map.entry("error.noLabourRate", Arrays.asList(null, "ticketKind.", "faultLevel.")),
            Map.entry("validation.feeScheduleDuplicateRate", Arrays.asList("ticketKind.", "faultLevel.")),
            Map.entry("error.supplierClaimStep", Arrays.asList(null, "supplierClaimState.", "supplierClaimState.")));

    private EnumLabels() {}

    /** The enums that have words, with the prefix of their keys. */
    public static Map<Class<? extends Enum<?>>, String> prefixes() {
        return java.util.Collections.unmodifiableMap(PREFIXES);
    }

    public static String key(Enum<?> value) {
        String prefix = PREFIXES.get(value.getDeclaringClass());
        if (prefix == null) {
            throw new IllegalArgumentException(
                    "No words for " + value.getDeclaringClass().getName() + ": add it to EnumLabels and both bundles");
        }
        return prefix + value.name();
    }

    /** The words for a constant; empty for null. */
    public static String label(Locale locale, Enum<?> value) {
        return value == null ? "" : Messages.get(locale, key(value), List.of());
    }

    /** A code's words under a prefix, or the code itself when the bundle has none (typed codes). */
    public static String label(Locale locale, String prefix, String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String key = prefix + code;
        String text = Messages.get(locale, key, List.of());
        return text.equals(key) ? code : text;
    }

    /** A message's arguments with words in place of the enum names it carries. */
    public static List<String> arguments(Locale locale, String messageKey, List<String> args) {
        List<String> prefixes = ARGUMENTS.get(messageKey);
        if (prefixes == null || args == null) {
            return args;
        }
        String comma = locale != null && "en".equals(locale.getLanguage()) ? ", " : "、";
        Object[] out = args.toArray();
        for (int i = 0; i < out.length && i < prefixes.size(); i++) {
            String prefix = prefixes.get(i);
            if (prefix != null && out[i] != null) {
                out[i] = Arrays.stream(out[i].toString().split(",\\s*"))
                        .map(code -> label(locale, prefix, code.strip()))
                        .collect(Collectors.joining(comma));
            }
        }
        return Arrays.stream(out).map(o -> o == null ? null : o.toString()).toList();
    }
}
