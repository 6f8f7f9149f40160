using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace DiplomacySim.Server.Features.Accounts;

/// <summary>
/// The bearer token's contents, kept to what the server reads from it (decision 16): the account's id, its
/// security stamp and the token's lifetime, protected by Data Protection like Identity's own tokens.
/// Identity's format also carries the user name, the e-mail and every claim's type and issuer as text,
/// which made a token about 600 to 750 characters; a browser's hub connection keeps its token in Kestrel's
/// request line for as long as it is open, twice. Tokens of Identity's format, issued before, are still
/// read until they expire.
/// </summary>
public sealed class CompactTicketFormat(IDataProtector protector, ISecureDataFormat<AuthenticationTicket> identityFormat, ClaimsIdentityOptions claimTypes)
    : ISecureDataFormat<AuthenticationTicket>
{
    /// <summary>The purpose that tells these tokens from Identity's: a token of one format never reads as the other.</summary>
    public const string Purpose = "DiplomacySim.CompactTicket.v1";

    /// <summary>The scheme the ticket is read back with, as <see cref="TokenIssuer"/> writes it.</summary>
    private static readonly string Scheme = $"{IdentityConstants.BearerScheme}:AccessToken";

    public string Protect(AuthenticationTicket data) => Protect(data, purpose: null);

    public string Protect(AuthenticationTicket data, string? purpose)
    {
        ArgumentNullException.ThrowIfNull(data);
        var principal = data.Principal;
        var userId = principal.FindFirstValue(claimTypes.UserIdClaimType)
            ?? throw new InvalidOperationException("A bearer token is issued to an account: the principal has no user id.");
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(userId);
            writer.Write(principal.FindFirstValue(claimTypes.SecurityStampClaimType) ?? "");
            writer.Write(data.Properties.IssuedUtc?.UtcTicks ?? 0);
            writer.Write(data.Properties.ExpiresUtc?.UtcTicks ?? 0);
        }
        return WebEncoders.Base64UrlEncode(For(purpose).Protect(buffer.ToArray()));
    }

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, purpose: null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (string.IsNullOrEmpty(protectedText))
            return null;
        byte[] payload;
        try
        {
            payload = For(purpose).Unprotect(WebEncoders.Base64UrlDecode(protectedText));
        }
        catch (Exception failure) when (failure is CryptographicException or FormatException)
        {
            // Not one of ours: a token of Identity's format from before, or nothing the server issued.
            return identityFormat.Unprotect(protectedText, purpose);
        }
        return Read(payload);
    }

    private IDataProtector For(string? purpose) => purpose is null ? protector : protector.CreateProtector(purpose);

    private AuthenticationTicket? Read(byte[] payload)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(payload), Encoding.UTF8);
            var userId = reader.ReadString();
            var stamp = reader.ReadString();
            var issued = reader.ReadInt64();
            var expires = reader.ReadInt64();
            // The claim types are the options' own strings, shared by every ticket rather than read per token.
            var claims = new List<Claim>(2) { new(claimTypes.UserIdClaimType, userId) };
            if (stamp.Length > 0)
                claims.Add(new Claim(claimTypes.SecurityStampClaimType, stamp));
            var identity = new ClaimsIdentity(claims, IdentityConstants.ApplicationScheme, claimTypes.UserNameClaimType, claimTypes.RoleClaimType);
            var properties = new AuthenticationProperties
            {
                IssuedUtc = issued == 0 ? null : new DateTimeOffset(issued, TimeSpan.Zero),
                ExpiresUtc = expires == 0 ? null : new DateTimeOffset(expires, TimeSpan.Zero),
            };
            return new AuthenticationTicket(new ClaimsPrincipal(identity), properties, Scheme);
        }
        catch (Exception failure) when (failure is EndOfStreamException or IOException or FormatException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
