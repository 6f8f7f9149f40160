using Microsoft.AspNetCore.Authorization;

namespace DiplomacySim.Server.Access;

/// <summary>
/// The policy of the routes that read a campaign (its world, public events, relations, agreements,
/// communiques and their exports): a public or unlisted campaign is readable without an account, so a
/// request without a token passes, and the handler decides what it may see
/// (<see cref="Play.ViewerLookup.ForReadingAsync"/>). A request that carries a token must carry a good
/// one: an expired or revoked token is a 401 that says so, never a silent read as a stranger.
/// </summary>
public static class Readers
{
    public const string Policy = "readers";

    public static void Add(AuthorizationOptions options) =>
        options.AddPolicy(Policy, policy => policy.RequireAssertion(context =>
            context.User.Identity?.IsAuthenticated == true
            || context.Resource is not HttpContext http
            || !CarriesToken(http.Request)));

    private static bool CarriesToken(HttpRequest request) => request.Headers.Authorization.Count > 0;
}
