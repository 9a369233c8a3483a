package org.aftersales.domain.quality;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Q6, Q8: the counts every KPI is a ratio or an average of. One closed ticket contributes its own
 * counters ({@link KpiRules#contribution}); a day's rollup and a period's figures are their sums, so
 * the dashboard adds up a few hundred rows instead of reading every ticket.
 *
 * @param closed closed tickets
 * @param firstTimeFix of them, fixed the first time (see {@link KpiRules#firstTimeFix})
 * @param repairClosed closed repair tickets (on-site and carry-in repairs)
 * @param repeatFailures of them, followed by another repair ticket of the same serial within the window
 * @param arrivalDue tickets with an arrival deadline; {@code arrivalMet} of them met it
 * @param solutionDue tickets with a solution deadline; {@code solutionMet} of them met it
 * @param resolutionDue tickets with a resolution deadline; {@code resolutionMet} of them met it
 * @param repaired tickets with a resolution time; {@code repairMinutes} the sum of their repair times
 * @param surveys answered surveys; {@code scoreSum} the sum of their 1–10 scores
 * @param evaluations repair evaluations; {@code qualitySum}, {@code attitudeSum} their scores' sums
 * @param complaints complaints received
 */
public record KpiCounters(
        long closed,
        long firstTimeFix,
        long repairClosed,
        long repeatFailures,
        long arrivalDue,
        long arrivalMet,
        long solutionDue,
        long solutionMet,
        long resolutionDue,
        long resolutionMet,
        long repaired,
        long repairMinutes,
        long surveys,
        long scoreSum,
        long evaluations,
        long qualitySum,
        long attitudeSum,
        long complaints)
        implements Serializable {

    public static final KpiCounters ZERO = new KpiCounters(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public KpiCounters plus(KpiCounters o) {
        return combine(o, 1);
    }

    public KpiCounters minus(KpiCounters o) {
        return combine(o, -1);
    }

    private KpiCounters combine(KpiCounters o, int sign) {
        return new KpiCounters(
                closed + sign * o.closed,
                firstTimeFix + sign * o.firstTimeFix,
                repairClosed + sign * o.repairClosed,
                repeatFailures + sign * o.repeatFailures,
                arrivalDue + sign * o.arrivalDue,
                arrivalMet + sign * o.arrivalMet,
                solutionDue + sign * o.solutionDue,
                solutionMet + sign * o.solutionMet,
                resolutionDue + sign * o.resolutionDue,
                resolutionMet + sign * o.resolutionMet,
                repaired + sign * o.repaired,
                repairMinutes + sign * o.repairMinutes,
                surveys + sign * o.surveys,
                scoreSum + sign * o.scoreSum,
                evaluations + sign * o.evaluations,
                qualitySum + sign * o.qualitySum,
                attitudeSum + sign * o.attitudeSum,
                complaints + sign * o.complaints);
    }

    public boolean isZero() {
        return equals(ZERO);
    }

    /** A complaint received (Q1), counted on the day it was accepted. */
    public static KpiCounters complaint() {
        return new KpiCounters(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
    }

    /** Q8 first-time-fix rate: first-time fixes / closed tickets; null without closed tickets. */
    public BigDecimal firstTimeFixRate() {
        return ratio(firstTimeFix, closed);
    }

    /** Q8 repeat-failure rate: repeat failures / closed repair tickets. */
    public BigDecimal repeatFailureRate() {
        return ratio(repeatFailures, repairClosed);
    }

    public BigDecimal slaArrivalMet() {
        return ratio(arrivalMet, arrivalDue);
    }

    public BigDecimal slaSolutionMet() {
        return ratio(solutionMet, solutionDue);
    }

    public BigDecimal slaResolutionMet() {
        return ratio(resolutionMet, resolutionDue);
    }

    /** Q8 MTTR in hours (one decimal): the mean time from the (re)opened call to its resolution. */
    public BigDecimal mttrHours() {
        return repaired == 0
                ? null
                : BigDecimal.valueOf(repairMinutes).divide(BigDecimal.valueOf(repaired * 60L), 1, RoundingMode.HALF_UP);
    }

    /** Q5, Q7: the mean 1–10 score of the answered surveys (one decimal). */
    public BigDecimal satisfaction() {
        return average(scoreSum, surveys);
    }

    /** Q6: the mean quality score of the repair evaluations (one decimal). */
    public BigDecimal evaluationQuality() {
        return average(qualitySum, evaluations);
    }

    /** Q6: the mean attitude score of the repair evaluations (one decimal). */
    public BigDecimal evaluationAttitude() {
        return average(attitudeSum, evaluations);
    }

    /** A ratio as a decimal with two places, half up; null when nothing was counted. */
    public static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    static BigDecimal average(long sum, long count) {
        return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }

    /** Q8 complaints per 1 000 products (one decimal); null without products. */
    public static BigDecimal perThousand(long complaints, long products) {
        return products == 0
                ? null
                : BigDecimal.valueOf(complaints * 1000L).divide(BigDecimal.valueOf(products), 1, RoundingMode.HALF_UP);
    }
}
