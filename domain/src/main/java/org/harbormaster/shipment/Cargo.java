package org.harbormaster.shipment;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What moves: containers for FCL; pieces, weight and volume for LCL and air (weight and volume are
 * also kept for FCL when known).
 */
public record Cargo(List<Container> containers, Integer pieces, BigDecimal weightKg, BigDecimal volumeCbm,
                    String description) {

    public Cargo {
        containers = List.copyOf(containers == null ? List.of() : containers);
        Set<String> seen = new HashSet<>();
        for (Container container : containers) {
            if (!seen.add(container.number().toString())) {
                throw new IllegalArgumentException("container " + container.number() + " is listed twice");
            }
        }
        if (pieces != null && pieces <= 0) {
            throw new IllegalArgumentException("pieces must be positive");
        }
        if (weightKg != null && weightKg.signum() <= 0) {
            throw new IllegalArgumentException("weight must be positive");
        }
        if (volumeCbm != null && volumeCbm.signum() <= 0) {
            throw new IllegalArgumentException("volume must be positive");
        }
        description = Text.optional(description);
    }

    public static Cargo ofContainers(List<Container> containers) {
        return new Cargo(containers, null, null, null, null);
    }

    public static Cargo ofPieces(int pieces, BigDecimal weightKg, BigDecimal volumeCbm) {
        return new Cargo(List.of(), pieces, weightKg, volumeCbm, null);
    }
}
