package org.harbormaster.shipment;

import java.util.Objects;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.SizeType;

/**
 * One box of an FCL shipment, or the box an LCL shipment is consolidated into once known. The size-type is null
 * where nobody has said it: a shipment known only from a tracking feed.
 */
public record Container(ContainerNumber number, SizeType sizeType) {

    public Container {
        Objects.requireNonNull(number, "number");
    }
}
