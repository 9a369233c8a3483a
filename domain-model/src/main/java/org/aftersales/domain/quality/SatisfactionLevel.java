package org.aftersales.domain.quality;

/** Q5: the three-level scale of the questionnaire — 满意 100, 较满意 90, 不满意 80 points. */
public enum SatisfactionLevel {
    SATISFIED(100),
    FAIRLY_SATISFIED(90),
    DISSATISFIED(80);

    private final int points;

    SatisfactionLevel(int points) {
        this.points = points;
    }

    public int points() {
        return points;
    }
}
