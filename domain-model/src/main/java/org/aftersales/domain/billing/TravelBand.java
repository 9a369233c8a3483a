package org.aftersales.domain.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/** B1: the travel fee for a distance up to {@code upToKm} kilometres (above the band before). */
@Embeddable
public class TravelBand {

    @Column(name = "up_to_km", nullable = false)
    private int upToKm;

    @Column(name = "fee", nullable = false, precision = 14, scale = 2)
    private BigDecimal fee;

    protected TravelBand() {}

    public TravelBand(int upToKm, BigDecimal fee) {
        this.upToKm = upToKm;
        this.fee = Cents.of(Objects.requireNonNull(fee));
    }

    public int getUpToKm() {
        return upToKm;
    }

    public BigDecimal getFee() {
        return fee;
    }
}
