package org.harbormaster.simulator.operations;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** How the team picks among the vendors able to do a move. */
public enum VendorChoice {
    /** The lowest rate. */
    CHEAPEST,
    /** The best on-time record. */
    MOST_RELIABLE,
    /** Each in turn, to keep every vendor in the mix. */
    ROUND_ROBIN;

    public <T> T choose(List<T> candidates, ToDoubleFunction<T> price, ToDoubleFunction<T> onTimeShare, int turn) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no vendor to choose from");
        }
        return switch (this) {
            case CHEAPEST -> candidates.stream().min(Comparator.comparingDouble(price)).orElseThrow();
            case MOST_RELIABLE -> candidates.stream().max(Comparator.comparingDouble(onTimeShare)).orElseThrow();
            case ROUND_ROBIN -> candidates.get(Math.floorMod(turn, candidates.size()));
        };
    }
}
