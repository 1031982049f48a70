package com.servelink.application.port.in.admin;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.team.ApiToken;
import com.servelink.domain.team.ApiTokenId;

/**
 * The operator revokes one of a user's tokens. It stops opening the API at once on this node
 * and within the authentication cache's lifetime on the others; revoking twice is not an error.
 */
public interface RevokeTokenUseCase {

    record RevokeTokenCommand(Actor actor, long userId, ApiTokenId tokenId) {
    }

    /** The token as it now is, revoked. */
    ApiToken revoke(RevokeTokenCommand command);
}
