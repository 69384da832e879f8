package org.harbormaster.simulator.vendors;

import org.harbormaster.identity.ContainerNumber;

/** Container numbers as senders mistype them. */
final class ContainerNumbers {

    private ContainerNumbers() {
    }

    /** The number with its check digit off by one (so it fails ISO 6346). */
    static String mistyped(ContainerNumber container) {
        String value = container.value();
        int digit = value.charAt(10) - '0';
        return value.substring(0, 10) + ((digit + 1) % 10);
    }
}
