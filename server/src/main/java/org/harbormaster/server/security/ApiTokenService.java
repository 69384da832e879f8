package org.harbormaster.server.security;

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

    private final ApiTokenRepository tokens;

    ApiTokenService(ApiTokenRepository tokens) {
        this.tokens = tokens;
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
        return tokens.findHolder(new ApiTokenSecret(presented).sha256()).map(holder -> {
            tokens.recordUse(holder.tokenId());
            return new ApiTokenAuthentication(holder.username(), holder.tokenId(),
                    holder.roles().stream().map(Role::authority).toList());
        });
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
    }

    /** Thrown when no token has the id asked for. */
    public static final class ApiTokenNotFoundException extends RuntimeException {
        ApiTokenNotFoundException(long id) {
            super("No API token with id " + id);
        }
    }
}
