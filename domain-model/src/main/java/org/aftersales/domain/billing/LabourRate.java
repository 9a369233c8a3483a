package org.aftersales.domain.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;
import org.aftersales.domain.tickets.FaultLevel;
import org.aftersales.domain.tickets.ServiceKind;

/** B1: the labour rate per hour of one service kind (T2) and fault level (T5). */
@Embeddable
public class LabourRate {

    @Enumerated(EnumType.STRING)
    @Column(name = "service_kind", nullable = false, length = 20)
    private ServiceKind serviceKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "fault_level", nullable = false, length = 10)
    private FaultLevel faultLevel;

    @Column(name = "per_hour", nullable = false, precision = 14, scale = 2)
    private BigDecimal perHour;

    protected LabourRate() {}

    public LabourRate(ServiceKind serviceKind, FaultLevel faultLevel, BigDecimal perHour) {
        this.serviceKind = Objects.requireNonNull(serviceKind);
        this.faultLevel = Objects.requireNonNull(faultLevel);
        this.perHour = Cents.of(Objects.requireNonNull(perHour));
    }

    public ServiceKind getServiceKind() {
        return serviceKind;
    }

    public FaultLevel getFaultLevel() {
        return faultLevel;
    }

    public BigDecimal getPerHour() {
        return perHour;
    }
}
