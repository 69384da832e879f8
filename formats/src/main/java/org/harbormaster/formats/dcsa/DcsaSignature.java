package org.harbormaster.formats.dcsa;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a DCSA subscription callback: the publisher sends
 * {@code Notification-Signature: sha256=<hex HMAC-SHA256 of the exact request body>}, keyed with the secret
 * shared when subscribing. The body is signed byte for byte as received, before any JSON parsing. (T&amp;T 3.0
 * transmits the secret Base64-encoded: pass the decoded bytes.)
 */
public final class DcsaSignature {

    public static final String HEADER = "Notification-Signature";

    private static final String SIGNATURE_TYPE = "sha256";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int SIGNATURE_BYTES = 32;

    private DcsaSignature() {
    }

    /** The header value for a body: {@code sha256=} and the lower-case hex HMAC-SHA256. */
    public static String sign(byte[] body, byte[] secret) {
        if (body == null) {
            throw new IllegalArgumentException("a body to sign is required");
        }
        if (secret == null || secret.length == 0) {
            throw new IllegalArgumentException("a shared secret is required to sign a callback");
        }
        return SIGNATURE_TYPE + "=" + HexFormat.of().formatHex(hmac(body, secret));
    }

    /**
     * Whether the header value is the body's signature under the secret. Upper- or lower-case hex and spaces
     * around the value are accepted; anything malformed is simply not a valid signature. The comparison takes
     * the same time wherever the digests differ, so it does not leak how much of a forgery was right.
     */
    public static boolean verify(byte[] body, String headerValue, byte[] secret) {
        if (body == null || headerValue == null || secret == null || secret.length == 0) {
            return false;
        }
        String value = headerValue.strip();
        int separator = value.indexOf('=');
        if (separator < 0 || !value.substring(0, separator).strip().toLowerCase(Locale.ROOT).equals(SIGNATURE_TYPE)) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(value.substring(separator + 1).strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return given.length == SIGNATURE_BYTES && MessageDigest.isEqual(hmac(body, secret), given);
    }

    private static byte[] hmac(byte[] body, byte[] secret) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK and takes any non-empty key", e);
        }
    }
}
