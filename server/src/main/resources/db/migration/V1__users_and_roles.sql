-- Who may use Harbormaster, with which roles, and the API tokens machines log in with.

CREATE TABLE users (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,             -- bcrypt, with its {bcrypt} prefix
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- "Admin" and "admin" are the same person.
CREATE UNIQUE INDEX users_username_key ON users (lower(username));

CREATE TABLE user_roles (
    user_id BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role    VARCHAR(16) NOT NULL CHECK (role IN ('ADMIN', 'OPERATOR', 'VIEWER')),
    PRIMARY KEY (user_id, role)
);

CREATE TABLE api_tokens (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    token_sha256 CHAR(64)     NOT NULL UNIQUE,       -- hex SHA-256 of the token; the token itself is never stored
    owner_id     BIGINT       NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_used_at TIMESTAMPTZ,
    revoked      BOOLEAN      NOT NULL DEFAULT FALSE
);

CREATE INDEX api_tokens_owner_idx ON api_tokens (owner_id);
