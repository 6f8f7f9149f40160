namespace DiplomacySim.Client.Contracts;

/// <summary>A base or port on a host nation's territory.</summary>
/// <param name="Id">The installation's id, which clauses name.</param>
/// <param name="Nation">The code of the host nation.</param>
/// <param name="Name">The installation's name.</param>
/// <param name="Aliases">Other names letters use for it.</param>
/// <param name="Kind">The kind in camelCase (<c>airBase</c>, <c>navalBase</c> ...); a string, as for ministries.</param>
/// <param name="Capacity">How many foreign personnel it can take in all.</param>
/// <param name="ForeignPersonnel">Foreign personnel already stationed there.</param>
/// <param name="ReservedPersonnel">Places promised to accepted basing agreements that are not yet in force.</param>
public sealed record InstallationView(
    Guid Id,
    string Nation,
    string Name,
    IReadOnlyList<string> Aliases,
    string Kind,
    int Capacity,
    int ForeignPersonnel,
    int ReservedPersonnel);
