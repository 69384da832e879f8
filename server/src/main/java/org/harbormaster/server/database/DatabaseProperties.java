package org.harbormaster.server.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code harbormaster.database.*}: an external PostgreSQL to use instead of the embedded one. Also
 * read from {@code HARBORMASTER_DATABASE_URL}, {@code _USERNAME} and {@code _PASSWORD}.
 */
@ConfigurationProperties("harbormaster.database")
public record DatabaseProperties(String url, String username, String password) {

    public boolean external() {
        return url != null && !url.isBlank();
    }
}
