using DiplomacySim.Server.Data.Identity;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DiplomacySim.Server.Features.Accounts;

/// <summary>
/// A 401 that says why, as problem details with a code: no token at all (<c>NOT_SIGNED_IN</c>), a token
/// this server cannot read (<c>TOKEN_INVALID</c>), one that has expired (<c>TOKEN_EXPIRED</c>), or one
/// signed out since it was issued (<c>TOKEN_REVOKED</c>, see <see cref="Access.TokenRevocation"/>), so a
/// client knows whether to sign in again or to fix how it sends the token. The framework's own 401 has no
/// body. Everything else is the framework's.
/// </summary>
internal sealed class SignInProblems(IOptionsMonitor<BearerTokenOptions> bearer, IProblemDetailsService problems, TimeProvider clock)
    : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler framework = new();

    // Not async on the way through: a hub connection's request stays in this call for as long as the
    // connection is open, and an async method kept its state machine (152 bytes) alive for all of it.
    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult) =>
        authorizeResult.Challenged ? ChallengeAsync(context) : framework.HandleAsync(next, context, policy, authorizeResult);

    private async Task ChallengeAsync(HttpContext context)
    {
        var (code, detail) = Diagnose(context);
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Sign in first",
                Detail = detail,
                Extensions = { ["code"] = code },
            },
        });
    }

    private (string Code, string Detail) Diagnose(HttpContext context)
    {
        if (TokenOf(context.Request) is not { Length: > 0 } token)
            return ("NOT_SIGNED_IN", "Sign in with POST /api/auth/login and send the token as 'Authorization: Bearer <token>'.");
        var ticket = bearer.Get(IdentityConstants.BearerScheme).BearerTokenProtector.Unprotect(token);
        if (ticket is null)
            return ("TOKEN_INVALID", "The bearer token cannot be read: send the accessToken that POST /api/auth/login returned, whole, as 'Authorization: Bearer <token>'.");
        if (ticket.Properties.ExpiresUtc is { } expires && expires <= clock.GetUtcNow())
            return ("TOKEN_EXPIRED", $"The bearer token expired at {expires:u}. Sign in again with POST /api/auth/login.");
        if (Access.TokenRevocation.WasRevoked(context))
            return ("TOKEN_REVOKED", "The bearer token was signed out by a password change or 'sign out everywhere'. Sign in again with POST /api/auth/login.");
        return ("TOKEN_INVALID", "The bearer token is no longer accepted. Sign in again with POST /api/auth/login.");
    }

    private static string? TokenOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : HubQueryToken(request);
    }

    /// <summary>
    /// The token a hub request carries in its query: browsers cannot set headers on WebSocket requests,
    /// so SignalR sends it as <c>access_token</c>. The bearer scheme reads it from here, and so does the
    /// 401's diagnosis.
    /// </summary>
    public static string? HubQueryToken(HttpRequest request) =>
        request.Path.StartsWithSegments("/hubs") && request.Query[QueryTokenName].ToString() is { Length: > 0 } token ? token : null;

    private const string QueryTokenName = "access_token";

    /// <summary>
    /// After authorization: a hub request's query no longer carries its token. A WebSocket's request
    /// lives as long as its connection, and the query as parsed for the bearer scheme kept the token
    /// (about 750 characters, 1.5 KB) alive per connection, beside Kestrel's own copies of the request
    /// line, which cannot be let go. Nothing after this reads the token (SignalR reads only <c>id</c>
    /// from the query), and it no longer reaches anything that logs or reads the query later.
    /// </summary>
    public static Task ForgetHubQueryToken(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (request.QueryString.HasValue && request.Path.StartsWithSegments("/hubs") && request.Query.ContainsKey(QueryTokenName))
        {
            var rest = request.Query.Where(p => !string.Equals(p.Key, QueryTokenName, StringComparison.Ordinal)).ToDictionary(StringComparer.OrdinalIgnoreCase);
            // Setting the parsed query sets the query string to match, so neither keeps the token.
            request.Query = rest.Count == 0 ? QueryCollection.Empty : new QueryCollection(rest);
        }
        return next(context);
    }
}
