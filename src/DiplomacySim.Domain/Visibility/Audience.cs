using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Visibility;

/// <summary>
/// Who may know of a thing: everyone in the game, or only the players of some nations, or one member
/// alone (their own claim of a seat; GMs always may). Each kind of thing has its audience defined here once; whatever is derived from a thing (an
/// event, an opinion modifier, the room it holds at a base, a rule message that rests on it) follows
/// the audience of that thing, its cause.
/// </summary>
public sealed class Audience : IEquatable<Audience>
{
    private Audience(IReadOnlyList<string>? nations) => Nations = nations;

    /// <summary>The reason a reader sees for what is derived from a cause it may not know (decision 0007).</summary>
    public const string UndisclosedReason = "undisclosed";

    /// <summary>Everyone in the game.</summary>
    public static Audience Public { get; } = new(null);

    /// <summary>The nations that may know; null for a public thing.</summary>
    public IReadOnlyList<string>? Nations { get; }

    public bool IsPublic => Nations is null;

    /// <summary>Only the players of <paramref name="nations"/> (and the GMs).</summary>
    public static Audience Only(IEnumerable<string> nations) => new([.. nations.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);

    /// <summary>
    /// One member and the GMs: what concerns that member alone (a claim of a seat is between the claimant
    /// and the GMs, whichever nation it names). Stored in the same list as nation codes, as
    /// <see cref="MemberKey"/>, which no nation code can be (those are three capital letters).
    /// </summary>
    public static Audience OnlyMember(string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return new([MemberKey(userId)]);
    }

    /// <summary>How a member stands in an audience's list: <c>@</c> and their user id.</summary>
    public static string MemberKey(string userId) => "@" + userId;

    /// <summary>From a stored list: null is public.</summary>
    public static Audience From(IEnumerable<string>? nations) => nations is null ? Public : Only(nations);

    /// <summary>A public communique reaches everyone; the others only the sender's and the recipient's nations.</summary>
    public static Audience Of(Communique communique) => Of(communique.Classification, [communique.FromNation, communique.ToNation]);

    /// <summary>
    /// An agreement is known to everyone when it came from a public communique, else to the nations it
    /// concerns: all its parties, the nations it binds and any state whose consent it needs (a
    /// mandate's host).
    /// </summary>
    public static Audience Of(IReadOnlyAgreement agreement) => Of(agreement.Classification, agreement.Parties.Select(p => p.Nation));

    /// <summary>Who may see the score of from→to: everyone, or only the two nations when the game hides relations.</summary>
    public static Audience OfRelation(RelationsVisibility visibility, string from, string to) =>
        visibility == RelationsVisibility.Public ? Public : Only([from, to]);

    public static Audience Of(Classification classification, IEnumerable<string> nations) =>
        classification == Classification.Public ? Public : Only(nations);

    /// <summary>Whether the players of <paramref name="nation"/> may know of it.</summary>
    public bool Includes(string nation) => Nations is null || Nations.Contains(nation, StringComparer.Ordinal);

    /// <summary>Whether every one of <paramref name="nations"/> may know of it.</summary>
    public bool IncludesAll(IEnumerable<string> nations) => Nations is null || nations.All(Includes);

    public bool Equals(Audience? other) =>
        other is not null && (Nations is null ? other.Nations is null : other.Nations is not null && Nations.SequenceEqual(other.Nations, StringComparer.Ordinal));

    public override bool Equals(object? obj) => Equals(obj as Audience);

    public override int GetHashCode() => Nations is null ? 0 : Nations.Aggregate(17, (hash, n) => hash * 31 + StringComparer.Ordinal.GetHashCode(n));

    public override string ToString() => Nations is null ? "public" : string.Join(",", Nations);
}
