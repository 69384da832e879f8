package org.harbormaster.server.shipments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.harbormaster.server.ApiClient;
import org.harbormaster.server.ServerProcess;
import org.harbormaster.server.TemporaryDataDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A booked shipment is committed to disk before the API answers 201: it is there after a clean restart,
 * and after the JVM is killed with SIGKILL and started again on the same data directory.
 */
class ShipmentSurvivesRestartAndKillTest {

    private static final Path DATA_DIRECTORY = TemporaryDataDirectory.create();

    @AfterAll
    static void leaveNoPostgresBehind() {
        ServerProcess.stopPostgresLeftIn(DATA_DIRECTORY);
        TemporaryDataDirectory.delete(DATA_DIRECTORY);
    }

    @Test
    void a_shipment_booked_through_the_api_survives_a_restart_and_a_kill_dash_nine() {
        String beforeRestart = "DURABLE-1";
        String beforeKill = "DURABLE-2";

        try (ServerProcess first = ServerProcess.start(DATA_DIRECTORY)) {
            ApiClient.Reply booked = first.admin().post("/api/v1/shipments",
                    ShipmentJson.fclImport(beforeRestart, "CSQU3054383", "USLGB", "45G1"));
            assertThat(booked.status()).as(booked.body()).isEqualTo(201);
            first.stop();
        }

        try (ServerProcess second = ServerProcess.start(DATA_DIRECTORY)) {
            assertThat(second.admin().get("/api/v1/shipments/" + beforeRestart).status()).isEqualTo(200);
            ApiClient.Reply booked = second.admin().post("/api/v1/shipments",
                    ShipmentJson.fclImport(beforeKill, "MWCU6059784", "USLAX", "42G1"));
            assertThat(booked.status()).as(booked.body()).isEqualTo(201);
            second.kill();
        }

        try (ServerProcess third = ServerProcess.start(DATA_DIRECTORY)) {
            ApiClient.Reply afterKill = third.admin().get("/api/v1/shipments/" + beforeKill);
            assertThat(afterKill.status()).isEqualTo(200);
            assertThat(afterKill.json().path("cargo").path("containers").get(0).path("number").asString())
                    .isEqualTo("MWCU6059784");
            assertThat(third.admin().get("/api/v1/shipments/" + beforeRestart).status()).isEqualTo(200);
        }
    }
}
