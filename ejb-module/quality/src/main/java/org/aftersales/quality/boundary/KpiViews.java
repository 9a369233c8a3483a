package org.aftersales.quality.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.aftersales.domain.quality.AuditVerdict;
import org.aftersales.domain.quality.EvaluationAudit;
import org.aftersales.domain.quality.KpiCounters;
import org.aftersales.domain.quality.KpiDimension;
import org.aftersales.domain.quality.RepairEvaluation;
import org.aftersales.domain.quality.TicketFact;

/** What the KPI dashboard, the scorecards and the evaluation screens read (Q6, Q8). */
public final class KpiViews {

    private KpiViews() {}

    /** One group's figures; {@code products} only when grouped by model (else the archive's total). */
    public record KpiGroup(String key, KpiCounters counters, long products) implements Serializable {
        public BigDecimal complaintsPerThousand() {
            return KpiCounters.perThousand(counters.complaints(), products);
        }
    }

    /** Q8: the figures of a period, all tickets and by the chosen dimension. */
    public record KpiReport(
            LocalDate from, LocalDate to, KpiDimension groupBy, KpiCounters total, long products, List<KpiGroup> groups)
            implements Serializable {
        public BigDecimal complaintsPerThousand() {
            return KpiCounters.perThousand(total.complaints(), products);
        }
    }

    /** Q7, Q8: one month of the trend. */
    public record KpiMonth(YearMonth month, KpiCounters counters) implements Serializable {}

    /** Q6: a closed ticket and its repair evaluation, if any. */
    public record EvaluationView(
            String ticketNumber,
            String technician,
            String model,
            Instant closedAt,
            Integer quality,
            Integer attitude,
            Integer surveyScore)
            implements Serializable {
        static EvaluationView of(TicketFact f) {
            return new EvaluationView(
                    f.getTicketNumber(),
                    f.getTechnician(),
                    f.getModel(),
                    f.getClosedAt(),
                    f.getEvalQuality(),
                    f.getEvalAttitude(),
                    f.getSurveyScore());
        }

        static EvaluationView of(TicketFact f, RepairEvaluation e) {
            return new EvaluationView(
                    f.getTicketNumber(),
                    f.getTechnician(),
                    f.getModel(),
                    f.getClosedAt(),
                    e.getQuality(),
                    e.getAttitude(),
                    f.getSurveyScore());
        }
    }

    /** Q6: a sampled repair awaiting (or with) the manager's verdict. */
    public record AuditView(
            long id,
            String month,
            String ticketNumber,
            String technician,
            AuditVerdict verdict,
            String note,
            String auditor,
            Instant auditedAt)
            implements Serializable {
        public static AuditView of(EvaluationAudit a) {
            return new AuditView(
                    a.getId(),
                    a.getSampleMonth(),
                    a.getTicketNumber(),
                    a.getTechnician(),
                    a.getVerdict(),
                    a.getNote(),
                    a.getAuditor(),
                    a.getAuditedAt());
        }
    }
}
