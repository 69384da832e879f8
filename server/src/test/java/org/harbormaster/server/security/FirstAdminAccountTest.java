package org.harbormaster.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.harbormaster.server.EmbeddedDatabaseTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

class FirstAdminAccountTest extends EmbeddedDatabaseTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FirstAdminAccount firstAdmin;

    @Test
    void the_first_admin_has_the_configured_password_stored_as_a_bcrypt_hash() {
        String hash = jdbc.sql("SELECT password_hash FROM users WHERE username = 'admin'").query(String.class).single();

        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(ADMIN_PASSWORD);
        assertThat(jdbc.sql("SELECT role FROM user_roles r JOIN users u ON u.id = r.user_id WHERE u.username = 'admin'")
                .query(String.class).list()).containsExactlyInAnyOrder("ADMIN", "OPERATOR");
        assertThat(admin().get("/api/v1/users").status()).isEqualTo(200);
    }

    @Test
    void the_first_admin_is_created_only_once() {
        String hashBefore = adminHash();

        firstAdmin.run(new DefaultApplicationArguments());

        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE lower(username) = 'admin'").query(Long.class).single())
                .isEqualTo(1);
        assertThat(adminHash()).isEqualTo(hashBefore);
    }

    @Test
    void the_box_shows_the_password_on_its_own_line() {
        String box = FirstAdminAccount.box("Login: admin / secret", "short");

        assertThat(box.lines()).contains("|  Login: admin / secret  |", "|  short                  |");
    }

    private String adminHash() {
        return jdbc.sql("SELECT password_hash FROM users WHERE username = 'admin'").query(String.class).single();
    }
}
