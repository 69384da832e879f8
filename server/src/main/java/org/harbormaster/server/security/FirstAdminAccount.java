package org.harbormaster.server.security;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On the first start, when nobody can log in yet, creates {@code admin} (ADMIN, OPERATOR). The password
 * comes from {@code HARBORMASTER_ADMIN_PASSWORD} ({@code harbormaster.admin-password}); without one a
 * random password is generated and shown once on standard output, never logged and never stored.
 * Only the server does this: a batch command such as {@code import} must not print a login into a report
 * that a script reads; the next {@code serve} creates the user.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdminAccount implements ApplicationRunner {

    static final String USERNAME = "admin";

    private static final Logger log = LoggerFactory.getLogger(FirstAdminAccount.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 24;

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final String configuredPassword;
    private final SecureRandom random = new SecureRandom();

    FirstAdminAccount(UserRepository users, PasswordEncoder passwordEncoder,
            @Value("${harbormaster.admin-password:}") String configuredPassword) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (users.anyExists()) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? generatePassword() : configuredPassword;
        Optional<UserAccount> created = users.createIfNoUserExists(USERNAME, passwordEncoder.encode(password),
                EnumSet.of(Role.ADMIN, Role.OPERATOR));
        if (created.isEmpty()) {
            return;
        }
        if (generated) {
            // Standard output, never the logger: log files are shipped and kept, and a password must not be.
            System.out.println(box("Harbormaster created its first user.",
                    "Login: " + USERNAME + " / " + password,
                    "Keep this password now: it is not shown again."));
            System.out.flush();
        } else {
            log.info("Created the first user '{}' with the configured admin password", USERNAME);
        }
    }

    private String generatePassword() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    static String box(String... lines) {
        int width = 0;
        for (String line : lines) {
            width = Math.max(width, line.length());
        }
        String edge = "+" + "-".repeat(width + 4) + "+";
        StringBuilder box = new StringBuilder("\n").append(edge).append('\n');
        for (String line : lines) {
            box.append("|  ").append(line).append(" ".repeat(width - line.length())).append("  |\n");
        }
        return box.append(edge).append('\n').toString();
    }
}
