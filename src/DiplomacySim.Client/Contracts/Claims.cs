namespace DiplomacySim.Client.Contracts;

/// <summary>
/// The body of <c>POST .../claims</c>: the nation's code, the kinds of ministry wanted (foreignAffairs,
/// defence ...; none: whichever the GM gives) and a note to the GMs.
/// </summary>
public sealed record ClaimRequest(string Nation, IReadOnlyList<string> Ministries, string? Note = null);

/// <summary>A new claim: its id and <paramref name="Status"/>, pending or (an open nation of an open game) approved.</summary>
public sealed record SubmittedClaim(Guid Id, string Status);

/// <summary>
/// A claim as <c>GET .../claims</c> lists it; <paramref name="Status"/> is pending, approved or denied, and a
/// decided claim with <paramref name="DecidedBy"/> null was approved by the rules. The age is by the server's clock.
/// </summary>
public sealed record Claim(Guid Id, string Nation, string Claimant, string ClaimantDisplayName, IReadOnlyList<string> Ministries, string? Note,
    DateTimeOffset SubmittedAt, int AgeDays, int AgeHours, string Status, IReadOnlyList<Guid> Seats, string? DecidedBy, DateTimeOffset? DecidedAt,
    string? DecisionNote);

/// <summary>A nation after <c>PATCH .../nations/{code}</c>.</summary>
public sealed record NationChanges(string Code, string Name, string ClaimStatus);
