package org.harbormaster.formats.dcsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Notification-Signature a carrier puts on a subscription callback, and our check of it. */
class DcsaSignatureTest {

    private static final byte[] SECRET = Base64.getDecoder().decode("MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIz");
    private static final byte[] BODY = DcsaMessages.example("tnt-220-response.json");

    @Test
    void a_callback_signed_with_our_secret_verifies() {
        String header = DcsaSignature.sign(BODY, SECRET);

        assertThat(header).matches("sha256=[0-9a-f]{64}");
        assertThat(DcsaSignature.verify(BODY, header, SECRET)).isTrue();
    }

    @Test
    void the_signature_is_the_hmac_sha256_of_the_body_as_rfc_4231_computes_it() {
        byte[] key = "Jefe".getBytes(StandardCharsets.US_ASCII);
        byte[] body = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);

        assertThat(DcsaSignature.sign(body, key))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void upper_case_hex_and_spaces_around_the_header_value_are_accepted() {
        String header = DcsaSignature.sign(BODY, SECRET);
        String shouted = "  SHA256=" + header.substring("sha256=".length()).toUpperCase(Locale.ROOT) + " ";

        assertThat(DcsaSignature.verify(BODY, shouted, SECRET)).isTrue();
    }

    @Test
    void a_body_changed_after_signing_is_rejected() {
        String header = DcsaSignature.sign(BODY, SECRET);
        byte[] tampered = new String(BODY, StandardCharsets.UTF_8).replace("\"ARRI\"", "\"DEPA\"")
                .getBytes(StandardCharsets.UTF_8);
        byte[] oneMoreSpace = (new String(BODY, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8);

        assertThat(DcsaSignature.verify(tampered, header, SECRET)).isFalse();
        assertThat(DcsaSignature.verify(oneMoreSpace, header, SECRET)).isFalse();
    }

    @Test
    void a_body_signed_with_another_secret_is_rejected() {
        String header = DcsaSignature.sign(BODY, "someone else's secret".getBytes(StandardCharsets.UTF_8));

        assertThat(DcsaSignature.verify(BODY, header, SECRET)).isFalse();
    }

    @Test
    void malformed_headers_are_not_valid_signatures() {
        String hex = DcsaSignature.sign(BODY, SECRET).substring("sha256=".length());

        assertThat(DcsaSignature.verify(BODY, null, SECRET)).isFalse();
        assertThat(DcsaSignature.verify(BODY, "", SECRET)).isFalse();
        assertThat(DcsaSignature.verify(BODY, hex, SECRET)).as("no signature type").isFalse();
        assertThat(DcsaSignature.verify(BODY, "sha512=" + hex, SECRET)).as("unsupported type").isFalse();
        assertThat(DcsaSignature.verify(BODY, "sha256=" + hex.substring(1), SECRET)).as("odd hex").isFalse();
        assertThat(DcsaSignature.verify(BODY, "sha256=" + hex.substring(2), SECRET)).as("short").isFalse();
        assertThat(DcsaSignature.verify(BODY, "sha256=g" + hex.substring(1), SECRET)).as("not hex").isFalse();
        assertThat(DcsaSignature.verify(BODY, "sha256=" + hex, new byte[0])).as("no secret").isFalse();
    }

    @Test
    void signing_needs_a_secret() {
        assertThatThrownBy(() -> DcsaSignature.sign(BODY, new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
