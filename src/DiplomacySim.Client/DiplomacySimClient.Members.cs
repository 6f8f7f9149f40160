using DiplomacySim.Client.Contracts;

namespace DiplomacySim.Client;

public sealed partial class DiplomacySimClient
{
    /// <summary>The game's members (<c>GET .../members</c>).</summary>
    public Task<IReadOnlyList<Member>> ListMembersAsync(string game, CancellationToken cancellationToken = default) =>
        SendAsync<IReadOnlyList<Member>>(HttpMethod.Get, GamePath(game, "members"), body: null, cancellationToken);

    /// <summary>A GM makes an invitation link (<c>POST .../invitations</c>).</summary>
    public Task<CreatedInvitation> CreateInvitationAsync(string game, InvitationRequest invitation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        return SendAsync<CreatedInvitation>(HttpMethod.Post, GamePath(game, "invitations"), invitation, cancellationToken);
    }

    /// <summary>A GM lists the game's invitations (<c>GET .../invitations</c>).</summary>
    public Task<IReadOnlyList<Invitation>> ListInvitationsAsync(string game, CancellationToken cancellationToken = default) =>
        SendAsync<IReadOnlyList<Invitation>>(HttpMethod.Get, GamePath(game, "invitations"), body: null, cancellationToken);

    /// <summary>A GM revokes an invitation (<c>DELETE .../invitations/{code}</c>).</summary>
    public async Task RevokeInvitationAsync(string game, string code, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        using var _ = await SendCheckedAsync(HttpMethod.Delete, GamePath(game, $"invitations/{Uri.EscapeDataString(code)}"), body: null, headers: null, cancellationToken);
    }

    /// <summary>Accepts an invitation (<c>POST /api/invitations/{code}/accept</c>).</summary>
    public Task<Membership> AcceptInvitationAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        return SendAsync<Membership>(HttpMethod.Post, $"api/invitations/{Uri.EscapeDataString(code)}/accept", body: null, cancellationToken);
    }

    /// <summary>Joins a public or unlisted game as a spectator (<c>POST .../join</c>).</summary>
    public Task<Membership> JoinGameAsync(string game, CancellationToken cancellationToken = default) =>
        SendAsync<Membership>(HttpMethod.Post, GamePath(game, "join"), body: null, cancellationToken);

    /// <summary>A GM gives a ministry to a member, or vacates it with null (<c>PUT .../ministries/{id}/holder</c>).</summary>
    public Task<Seat> SetHolderAsync(string game, Guid ministry, string? userName, string? note = null, CancellationToken cancellationToken = default) =>
        SendAsync<Seat>(HttpMethod.Put, GamePath(game, $"ministries/{ministry}/holder"), new { userName, note }, cancellationToken);

    /// <summary>A member leaves, or a GM removes one (<c>DELETE .../members/{userName}</c>).</summary>
    public async Task RemoveMemberAsync(string game, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        using var _ = await SendCheckedAsync(HttpMethod.Delete, GamePath(game, $"members/{Uri.EscapeDataString(userName)}"), body: null, headers: null, cancellationToken);
    }
}
