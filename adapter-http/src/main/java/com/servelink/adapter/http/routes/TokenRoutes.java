package com.servelink.adapter.http.routes;

import com.servelink.adapter.http.error.HttpError;
import com.servelink.adapter.http.server.Access;
import com.servelink.adapter.http.server.Call;
import com.servelink.adapter.http.server.Reply;
import com.servelink.adapter.http.server.Route;
import com.servelink.adapter.http.server.TokenUseCases;
import com.servelink.adapter.http.view.AdminViews.ApiTokenJson;
import com.servelink.adapter.http.view.AdminViews.ApiTokensJson;
import com.servelink.application.port.in.admin.ListTokensUseCase.ListTokensCommand;
import com.servelink.application.port.in.admin.RevokeTokenUseCase.RevokeTokenCommand;
import com.servelink.domain.team.ApiTokenId;

import java.util.List;

/** The operator's view of a user's tokens: listing (never a secret) and revocation. */
public final class TokenRoutes {
    private final TokenUseCases useCases;

    public TokenRoutes(TokenUseCases useCases) {
        this.useCases = useCases;
    }

    public List<Route> routes() {
        return List.of(
                new Route("GET", "/api/admin/users/{user_id}/tokens", Access.OPERATOR, this::list),
                new Route("DELETE", "/api/admin/users/{user_id}/tokens/{token_id}", Access.OPERATOR, this::revoke));
    }

    private Reply list(Call call) {
        return Reply.ok(new ApiTokensJson(useCases.list().list(new ListTokensCommand(call.actor(), userId(call)))
                .stream().map(ApiTokenJson::of).toList()));
    }

    private Reply revoke(Call call) {
        long user = userId(call);
        ApiTokenId token = call.pathId("token_id", ApiTokenId::new);
        return Reply.ok(ApiTokenJson.of(useCases.revoke().revoke(new RevokeTokenCommand(call.actor(), user, token))));
    }

    /** The user of the path; a number that cannot be a user's is a user not found. */
    static long userId(Call call) {
        try {
            return Long.parseLong(call.path("user_id"));
        } catch (NumberFormatException e) {
            throw HttpError.notFound("user " + call.path("user_id") + " not found");
        }
    }
}
