namespace DiplomacySim.Domain.World;

/// <summary>A trade embargo that <see cref="Imposer"/> keeps on <see cref="Target"/>; no trade agreement between them.</summary>
public sealed class Embargo
{
    public Embargo(Guid gameId, string imposer, string target)
    {
        if (imposer == target)
            throw new ArgumentException("A nation cannot embargo itself.", nameof(target));
        GameId = gameId;
        Imposer = imposer;
        Target = target;
    }

    public Guid GameId { get; private set; }
    public string Imposer { get; private set; }
    public string Target { get; private set; }

    public bool IsBetween(string a, string b) => (Imposer == a && Target == b) || (Imposer == b && Target == a);
}
