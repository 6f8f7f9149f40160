namespace DiplomacySim.Client.Contracts;

/// <summary>A ministry of a nation.</summary>
/// <param name="Id">The ministry's id, which communiques name as sender and recipient.</param>
/// <param name="Nation">The code of the nation it belongs to.</param>
/// <param name="Kind">
/// The kind in camelCase (<c>foreignAffairs</c>, <c>defence</c> ...); a string, so that kinds a newer
/// server adds do not break this client.
/// </param>
/// <param name="Title">The title as letters write it.</param>
/// <param name="MinisterName">The minister's in-character name, if the game gives one.</param>
/// <param name="Holder">The user name of the player who holds it; null while nobody does.</param>
public sealed record MinistryView(Guid Id, string Nation, string Kind, string Title, string? MinisterName, string? Holder);
