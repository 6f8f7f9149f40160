namespace DiplomacySim.Client.Contracts;

/// <summary>One nation's diplomatic mission (embassy) in another.</summary>
/// <param name="From">The code of the sending nation.</param>
/// <param name="To">The code of the receiving (host) nation.</param>
/// <param name="Status">The status in camelCase (<c>open</c>, <c>closed</c>, <c>severed</c>); a string, as for ministries.</param>
public sealed record MissionView(string From, string To, string Status);
