using System.Security.Claims;
using DiplomacySim.Server.Errors;

namespace DiplomacySim.Server.Play;

/// <summary>The signed-in user of the current request.</summary>
public sealed class CurrentUser(IHttpContextAccessor http)
{
    public string Id =>
        http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new UnauthorizedException("NOT_SIGNED_IN", "Sign in with POST /api/auth/login and send the token as 'Authorization: Bearer <token>'.");
}
