package org.harbormaster.server.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/tokens}: every user creates, lists and revokes their own API tokens. */
@RestController
@RequestMapping("/api/v1/tokens")
class ApiTokenController {

    record NewToken(
            @NotBlank(message = "is required")
            @Size(max = 100, message = "must be at most 100 characters")
            String name) {
    }

    /** The answer to a creation: the only response that contains the secret. */
    record CreatedToken(long id, String name, String owner, Instant createdAt, String token) {
    }

    private final ApiTokenService tokens;

    ApiTokenController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    ResponseEntity<CreatedToken> create(@Valid @RequestBody NewToken request, Authentication requester) {
        ApiTokenService.IssuedApiToken issued = tokens.issue(requester.getName(), request.name().strip());
        ApiToken token = issued.token();
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + token.id()))
                .body(new CreatedToken(token.id(), token.name(), token.owner(), token.createdAt(), issued.secret()));
    }

    @GetMapping
    List<ApiToken> mine(Authentication requester) {
        return tokens.ownedBy(requester.getName());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id, Authentication requester) {
        tokens.revoke(id, requester);
        return ResponseEntity.noContent().build();
    }
}
