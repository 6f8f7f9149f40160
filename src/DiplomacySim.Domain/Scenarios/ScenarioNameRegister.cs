using DiplomacySim.Domain.Naming;

namespace DiplomacySim.Domain.Scenarios;

/// <summary>
/// The names already given to nations (or to installations), compared as players write them
/// (<see cref="NameKey"/>): if two share a name, a letter that uses it could mean either.
/// </summary>
internal sealed class ScenarioNameRegister
{
    private readonly Dictionary<string, Claim> claims = new(StringComparer.Ordinal);

    /// <summary>
    /// Claims <paramref name="name"/>; returns the earlier claim when another owner holds the name,
    /// null when it is free or already the same owner's (an alias may repeat the name harmlessly).
    /// </summary>
    public Claim? Register(string name, Claim claim)
    {
        var key = NameKey.Of(name);
        if (claims.TryGetValue(key, out var earlier))
            return earlier.Owner == claim.Owner ? null : earlier;
        claims.Add(key, claim);
        return null;
    }

    /// <summary>Who gave a name: <paramref name="Owner"/> is its index in the file's list, <paramref name="OwnerLabel"/> how errors call it.</summary>
    public sealed record Claim(int Owner, string OwnerLabel, string Field);
}
