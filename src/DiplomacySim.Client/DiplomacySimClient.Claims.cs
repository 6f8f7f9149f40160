using DiplomacySim.Client.Contracts;

namespace DiplomacySim.Client;

public sealed partial class DiplomacySimClient
{
    /// <summary>A member claims a nation's ministries (<c>POST .../claims</c>).</summary>
    public Task<SubmittedClaim> SubmitClaimAsync(string game, ClaimRequest claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return SendAsync<SubmittedClaim>(HttpMethod.Post, GamePath(game, "claims"), claim, cancellationToken);
    }

    /// <summary>A GM's queue, or the caller's own claims (<c>GET .../claims</c>).</summary>
    public Task<IReadOnlyList<Claim>> ListClaimsAsync(string game, CancellationToken cancellationToken = default) =>
        SendAsync<IReadOnlyList<Claim>>(HttpMethod.Get, GamePath(game, "claims"), body: null, cancellationToken);

    /// <summary>A GM approves a claim, seating its claimant in <paramref name="ministries"/> (none: those it asked for).</summary>
    public Task<Claim> ApproveClaimAsync(string game, Guid claim, IReadOnlyList<Guid>? ministries = null, string? note = null, CancellationToken cancellationToken = default) =>
        SendAsync<Claim>(HttpMethod.Post, GamePath(game, $"claims/{claim}/approve"), new { ministries, note }, cancellationToken);

    /// <summary>A GM denies a claim with a reason.</summary>
    public Task<Claim> DenyClaimAsync(string game, Guid claim, string reason, CancellationToken cancellationToken = default) =>
        SendAsync<Claim>(HttpMethod.Post, GamePath(game, $"claims/{claim}/deny"), new { reason }, cancellationToken);

    /// <summary>A GM sets a nation's claim status: open, applicationOnly or reserved (<c>PATCH .../nations/{code}</c>).</summary>
    public Task<NationChanges> SetClaimStatusAsync(string game, string nation, string claimStatus, CancellationToken cancellationToken = default) =>
        SendAsync<NationChanges>(new HttpMethod("PATCH"), GamePath(game, $"nations/{Uri.EscapeDataString(nation)}"), new { claimStatus }, cancellationToken);
}
