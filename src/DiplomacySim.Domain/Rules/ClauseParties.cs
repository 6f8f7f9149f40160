using DiplomacySim.Domain.Agreements;

namespace DiplomacySim.Domain.Rules;

/// <summary>
/// The parties of a clause: today its two sides. A fresh clause's requester is its sender's nation and
/// its grantor the recipient's; a counter-proposal keeps the parties of the clause it answers, though
/// it travels the other way. <see cref="Requester"/> and <see cref="Grantor"/> are the bilateral kinds'
/// reading of the list.
/// </summary>
public sealed class ClauseParties : IEquatable<ClauseParties>
{
    public ClauseParties(string requester, string grantor)
        : this([new Party(requester, PartyRole.Requester), new Party(grantor, PartyRole.Grantor)])
    {
    }

    public ClauseParties(IEnumerable<Party> parties)
    {
        All = [.. parties];
        if (All.Count(p => p.Role == PartyRole.Requester) != 1 || All.Count(p => p.Role == PartyRole.Grantor) != 1)
            throw new ArgumentException("A clause has one requester and one grantor.", nameof(parties));
    }

    public IReadOnlyList<Party> All { get; }

    public string Requester => All.Single(p => p.Role == PartyRole.Requester).Nation;

    public string Grantor => All.Single(p => p.Role == PartyRole.Grantor).Nation;

    public bool Equals(ClauseParties? other) =>
        other is not null && All.Select(p => (p.Nation, p.Role)).SequenceEqual(other.All.Select(p => (p.Nation, p.Role)));

    public override bool Equals(object? obj) => Equals(obj as ClauseParties);

    public override int GetHashCode() => All.Aggregate(17, (hash, p) => HashCode.Combine(hash, p.Nation, p.Role));

    public override string ToString() => string.Join(", ", All);
}
