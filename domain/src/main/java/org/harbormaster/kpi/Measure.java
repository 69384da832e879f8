package org.harbormaster.kpi;

/** How a group's value follows from its sums and samples. */
public enum Measure {
    /** numerator / denominator, a share between 0 and 1. */
    SHARE,
    /** 100 x numerator / denominator. */
    PER_HUNDRED,
    /** The median of the samples, in hours; numerator / denominator is the mean. */
    MEDIAN_HOURS,
    /** numerator / denominator: an amount per container, in the group's currency. */
    PER_CONTAINER
}
