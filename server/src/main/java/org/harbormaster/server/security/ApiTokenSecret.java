package org.harbormaster.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret part of an API token: {@code hm_} followed by 32 random bytes in base64url. Only its
 * SHA-256 is stored; a plain hash is enough because the secret is random, not chosen by a person.
 */
record ApiTokenSecret(String value) {

    static final String PREFIX = "hm_";
    private static final int RANDOM_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    static ApiTokenSecret generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return new ApiTokenSecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Whether the text has the shape of a token at all, so that junk never reaches the database. */
    static boolean looksLikeToken(String text) {
        return text.startsWith(PREFIX) && text.length() == PREFIX.length() + 43
                && text.chars().skip(PREFIX.length())
                        .allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    String sha256() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return PREFIX + "…";
    }
}
