package org.harbormaster.server.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/** Issues API tokens to their owners, recognises them on requests, and revokes them. */
@Service
public class ApiTokenService {

    /** A token just created: the only moment its secret is known. */
    public record IssuedApiToken(ApiToken token, String secret) {
    }

    /**
     * How long a recognised token is trusted without asking the database again. Machines send a token on
     * every request, thousands a second; a revocation in this process takes effect at once (the cache is
     * cleared), in another process of a cluster within this time.
     */
    static final Duration TRUSTED_FOR = Duration.ofSeconds(30);

    private record Recognised(Authentication authentication, Instant until) {
    }

    private final ApiTokenRepository tokens;
    private final Clock clock;
    private final Map<String, Recognised> recognised = new ConcurrentHashMap<>();

    ApiTokenService(ApiTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    public IssuedApiToken issue(String ownerUsername, String name) {
        ApiTokenSecret secret = ApiTokenSecret.generate();
        ApiToken token = tokens.create(ownerUsername, name, secret.sha256());
        return new IssuedApiToken(token, secret.value());
    }

    /** The authentication a presented token stands for; empty if it is unknown, revoked or its owner disabled. */
    public Optional<Authentication> authenticate(String presented) {
        if (!ApiTokenSecret.looksLikeToken(presented)) {
            return Optional.empty();
        }
        String hash = new ApiTokenSecret(presented).sha256();
        Instant now = clock.instant();
        Recognised known = recognised.get(hash);
        if (known != null && now.isBefore(known.until())) {
            return Optional.of(known.authentication());
        }
        Optional<Authentication> found = tokens.findHolder(hash).map(holder -> {
            tokens.recordUse(holder.tokenId());
            return new ApiTokenAuthentication(holder.username(), holder.tokenId(),
                    holder.roles().stream().map(Role::authority).toList());
        });
        found.ifPresentOrElse(
                authentication -> recognised.put(hash, new Recognised(authentication, now.plus(TRUSTED_FOR))),
                () -> recognised.remove(hash));
        return found;
    }

    public List<ApiToken> ownedBy(String username) {
        return tokens.findByOwner(username);
    }

    /** Revokes the token if {@code requester} owns it or is an ADMIN. */
    public void revoke(long id, Authentication requester) {
        ApiToken token = tokens.find(id).orElseThrow(() -> new ApiTokenNotFoundException(id));
        boolean admin = requester.getAuthorities().contains(Role.ADMIN.authority());
        if (!admin && !token.owner().equalsIgnoreCase(requester.getName())) {
            throw new AccessDeniedException("Only the token's owner or an ADMIN may revoke it");
        }
        tokens.revoke(id);
        recognised.clear();
    }

    /** Thrown when no token has the id asked for. */
    public static final class ApiTokenNotFoundException extends RuntimeException {
        ApiTokenNotFoundException(long id) {
            super("No API token with id " + id);
        }
    }
}
