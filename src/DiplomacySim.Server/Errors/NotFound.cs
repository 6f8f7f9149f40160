namespace DiplomacySim.Server.Errors;

/// <summary>
/// The 404s several use cases share, worded once. A thing the caller may not see gets the same answer
/// as one that does not exist, never a 403, so that the answer confirms nothing.
/// </summary>
internal static class NotFound
{
    public static NotFoundException Communique(Guid id) =>
        new("COMMUNIQUE_NOT_FOUND", $"There is no communique {id} that you may read in this game.");

    public static NotFoundException Agreement(Guid id) =>
        new("AGREEMENT_NOT_FOUND", $"There is no agreement {id} that you may read in this game.");
}
