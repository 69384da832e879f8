package org.harbormaster.server.dcsa;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A subscription is no way to make the server call into its own network. */
class DcsaCallbackAddressTest {

    private final CallbackCheck publicOnly = new CallbackCheck(null, null, false);

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://10.1.2.3/hook", "http://192.168.1.10/hook",
            "http://172.16.0.5/hook", "http://169.254.169.254/latest/meta-data", "http://[::1]/hook",
            "http://[fd00::1]/hook", "http://0.0.0.0/hook", "http://localhost/hook"})
    void a_callback_into_a_private_network_is_refused(String url) {
        assertThatThrownBy(() -> publicOnly.requirePublic(URI.create(url)))
                .isInstanceOf(DcsaRequestException.class).hasMessageContaining("private network");
    }

    @Test
    void a_callback_to_a_public_address_passes() {
        assertThatCode(() -> publicOnly.requirePublic(URI.create("https://93.184.216.34/dcsa/events")))
                .doesNotThrowAnyException();
    }

    @Test
    void private_callbacks_are_allowed_when_configured_so_for_a_closed_network() {
        assertThatCode(() -> new CallbackCheck(null, null, true).requirePublic(URI.create("http://127.0.0.1/hook")))
                .doesNotThrowAnyException();
    }
}
