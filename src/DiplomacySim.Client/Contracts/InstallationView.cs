namespace DiplomacySim.Client.Contracts;

/// <summary>A base or port on a host nation's territory.</summary>
/// <param name="Id">The installation's id, which clauses name.</param>
/// <param name="Nation">The code of the host nation.</param>
/// <param name="Name">The installation's name.</param>
/// <param name="Aliases">Other names letters use for it.</param>
/// <param name="Kind">The kind in camelCase (<c>airBase</c>, <c>navalBase</c> ...); a string, as for ministries.</param>
/// <param name="Capacity">How many foreign personnel it can take in all.</param>
/// <param name="ForeignPersonnel">Foreign personnel already stationed there, as far as the caller may know.</param>
/// <param name="ReservedPersonnel">Places promised to accepted basing agreements not yet in force, that the caller may read.</param>
/// <param name="FreeCapacity">Room left for the caller's nation: 0 under an undisclosed arrangement.</param>
/// <param name="UndisclosedArrangement">A foreign force is held there under an arrangement the caller may not read: no room is available.</param>
public sealed record InstallationView(
    Guid Id,
    string Nation,
    string Name,
    IReadOnlyList<string> Aliases,
    string Kind,
    int Capacity,
    int ForeignPersonnel,
    int ReservedPersonnel,
    int FreeCapacity = 0,
    bool UndisclosedArrangement = false);
