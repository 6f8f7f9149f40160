using DiplomacySim.Server.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DiplomacySim.Server.Features.Accounts;

/// <summary>
/// Issues the bearer tokens that Identity's bearer scheme reads back. Tokens are protected with Data
/// Protection keys kept in the database, so every instance accepts a token any instance issued.
/// </summary>
public sealed class TokenIssuer(IUserClaimsPrincipalFactory<User> principals, IOptionsMonitor<BearerTokenOptions> bearerOptions, TimeProvider clock)
{
    public async Task<IssuedToken> IssueAsync(User user)
    {
        var options = bearerOptions.Get(IdentityConstants.BearerScheme);
        var principal = await principals.CreateAsync(user);
        var now = clock.GetUtcNow();
        var properties = new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + options.BearerTokenExpiration };
        var ticket = new AuthenticationTicket(principal, properties, $"{IdentityConstants.BearerScheme}:AccessToken");
        return new IssuedToken(options.BearerTokenProtector.Protect(ticket), (long)options.BearerTokenExpiration.TotalSeconds);
    }
}

public sealed record IssuedToken(string AccessToken, long ExpiresIn);
