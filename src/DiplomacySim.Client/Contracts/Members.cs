namespace DiplomacySim.Client.Contracts;

/// <summary>A member of a game (<c>GET .../members</c>); <paramref name="Role"/> is gameMaster, player or spectator.</summary>
public sealed record Member(string UserName, string DisplayName, string Role, IReadOnlyList<Guid> Ministries);

/// <summary>
/// The body of <c>POST .../invitations</c>: <paramref name="Role"/> player, spectator or gameMaster; a player
/// invitation may name a <paramref name="Nation"/> to seat its guest in.
/// </summary>
public sealed record InvitationRequest(string Role, int ExpiresInDays, int MaxUses, string? Nation = null);

/// <summary>A new invitation: its code and the browser's link.</summary>
public sealed record CreatedInvitation(string Code, string Url);

/// <summary>An invitation as its GM lists it.</summary>
public sealed record Invitation(string Code, string Url, string Role, string? Nation, int MaxUses, int Uses, int UsesLeft,
    DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, bool Revoked, bool Valid);

/// <summary>What accepting an invitation or joining says: the game's slug and the caller's role in it now.</summary>
public sealed record Membership(string Game, string Role);

/// <summary>A ministry after <c>PUT .../ministries/{id}/holder</c>; <paramref name="Holder"/> null when vacant.</summary>
public sealed record Seat(Guid Id, string Nation, string Kind, string Title, string? Holder);
