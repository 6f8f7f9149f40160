using DiplomacySim.Domain.Visibility;

namespace DiplomacySim.Domain.Agreements;

/// <summary>
/// A game master never rules on a matter of a nation they play, as the communities that run seasons
/// hold their moderators to: one who holds a ministry of any party to an agreement (a nation it binds,
/// or a state whose consent it needs) may not ratify it, veto it, or answer a consent request for it in
/// a party's name. Another GM of the campaign must.
/// </summary>
public static class Impartiality
{
    public const string ConflictOfInterest = "GM_CONFLICT_OF_INTEREST";

    /// <summary>The parties to <paramref name="agreement"/> that <paramref name="viewer"/> plays; empty when they may rule on it.</summary>
    public static IReadOnlyList<string> ConflictsOf(Viewer viewer, IReadOnlyAgreement agreement) =>
        [.. agreement.Parties.Select(p => p.Nation).Where(viewer.Nations.Contains).Distinct(StringComparer.Ordinal)];

    /// <summary>Why <paramref name="viewer"/> may not rule on <paramref name="agreement"/>, naming the nations by <paramref name="nameOf"/>; null when they may.</summary>
    public static string? Refusal(Viewer viewer, IReadOnlyAgreement agreement, Func<string, string> nameOf) =>
        ConflictsOf(viewer, agreement) is [_, ..] played
            ? $"You hold a ministry of {string.Join(" and ", played.Select(nameOf))}, a party to this agreement: another game master of the campaign must rule on it."
            : null;
}
