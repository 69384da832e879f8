package org.harbormaster.shipment;

/** The client who buys the movement; the code is the forwarder's account code. */
public record Customer(String code, String name) {

    public Customer {
        code = Text.required(code, "customer code").toUpperCase(java.util.Locale.ROOT);
        name = name == null || name.isBlank() ? code : name.strip();
    }
}
