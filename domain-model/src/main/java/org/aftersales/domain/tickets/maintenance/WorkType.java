package org.aftersales.domain.tickets.maintenance;

import java.util.Optional;
import org.aftersales.domain.accounts.Qualification;

/**
 * M2: the kinds of maintenance work and who may do them. Cleaning, inspection and replenishing are
 * the operator's (no certificate); fastening, adjustment and lubrication need a mechanic;
 * pressure-vessel work a certified specialist; electrical work a certified electrician; testing a
 * state-designated body or the company's certified inspector.
 */
public enum WorkType {
    CLEANING("清洁", null),
    INSPECTION("检查", null),
    REPLENISHING("补给加注", null),
    FASTENING("紧固", Qualification.MECHANIC),
    ADJUSTMENT("调整", Qualification.MECHANIC),
    LUBRICATION("润滑", Qualification.MECHANIC),
    PRESSURE_VESSEL("压力容器作业", Qualification.PRESSURE_VESSEL),
    ELECTRICAL("电气作业", Qualification.ELECTRICIAN),
    TESTING("检测", Qualification.INSPECTOR);

    private final String chineseName;
    private final Qualification qualification;

    WorkType(String chineseName, Qualification qualification) {
        this.chineseName = chineseName;
        this.qualification = qualification;
    }

    /** M2: the certificate the work needs; empty when the operator may do it. */
    public Optional<Qualification> qualification() {
        return Optional.ofNullable(qualification);
    }

    public String chineseName() {
        return chineseName;
    }
}
