using System.Security.Claims;
using DiplomacySim.Server.Errors;
using Microsoft.AspNetCore.SignalR;

namespace DiplomacySim.Server.Play;

/// <summary>The signed-in user of the current request or hub call.</summary>
public sealed class CurrentUser(IHttpContextAccessor http)
{
    /// <summary>
    /// Set by the hub for each call: a hub call is not an HTTP request, and the connection's
    /// <see cref="HubCallerContext.User"/> is the one to trust there.
    /// </summary>
    public ClaimsPrincipal? Principal { get; set; }

    /// <summary>The user's id, or null when the request carries no token.</summary>
    public string? IdOrNull => (Principal ?? http.HttpContext?.User)?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string Id => IdOrNull ?? throw NotSignedIn();

    public static UnauthorizedException NotSignedIn() =>
        new("NOT_SIGNED_IN", "Sign in with POST /api/auth/login and send the token as 'Authorization: Bearer <token>'.");
}
