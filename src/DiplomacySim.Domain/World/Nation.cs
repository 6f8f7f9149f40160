using DiplomacySim.Domain.Naming;

namespace DiplomacySim.Domain.World;

/// <summary>A nation as the rules read it: what a cached world hands out (see <see cref="WorldView"/>).</summary>
public interface IReadOnlyNation
{
    string Code { get; }
    string Name { get; }
    IReadOnlyList<string> Aliases { get; }
    string Region { get; }
    IReadOnlyList<string> Interests { get; }
    IReadOnlyList<string> Rivals { get; }
    IReadOnlyList<string> Blocs { get; }
    bool IsCalled(string name);
    bool Watches(string region);
    bool IsRivalOf(string nationCode);
}

/// <summary>
/// A nation of one game, known by a code unique in that game (RUS, VNM) and by the names letters use.
/// </summary>
public sealed class Nation : IReadOnlyNation
{
    public Nation(Guid gameId, string code, string name, string region)
    {
        GameId = gameId;
        Code = code;
        Name = name;
        Region = region;
    }

    public Guid GameId { get; private set; }
    public string Code { get; private set; }
    public string Name { get; private set; }

    /// <summary>Other names letters use for the nation ("Viet Nam", "Vietnam").</summary>
    public List<string> Aliases { get; private set; } = [];

    /// <summary>The region the nation lies in (southeast-asia, east-asia ...).</summary>
    public string Region { get; private set; }

    /// <summary>Regions beyond its own whose security the nation watches (for third-party reactions).</summary>
    public List<string> Interests { get; private set; } = [];

    /// <summary>Codes of the nations this one counts as rivals.</summary>
    public List<string> Rivals { get; private set; } = [];

    /// <summary>Blocs and alignments (asean, nato, sco ...).</summary>
    public List<string> Blocs { get; private set; } = [];

    /// <summary>
    /// Whether members may claim its ministries: open (as the game's join policy says), application
    /// only (a GM decides each claim), or reserved (no claims: the GM keeps it for someone or for itself).
    /// </summary>
    public ClaimStatus ClaimStatus { get; private set; } = ClaimStatus.Open;

    /// <summary>A GM (or the scenario) opens the nation to claims, keeps them for a GM's decision, or reserves it.</summary>
    public void SetClaimStatus(ClaimStatus status)
    {
        if (!Enum.IsDefined(status))
            throw new ArgumentOutOfRangeException(nameof(status), status, "A claim status is open, applicationOnly or reserved.");
        ClaimStatus = status;
    }

    IReadOnlyList<string> IReadOnlyNation.Aliases => Aliases;
    IReadOnlyList<string> IReadOnlyNation.Interests => Interests;
    IReadOnlyList<string> IReadOnlyNation.Rivals => Rivals;
    IReadOnlyList<string> IReadOnlyNation.Blocs => Blocs;

    /// <summary>True when <paramref name="name"/> is the nation's code, name or one of its aliases.</summary>
    public bool IsCalled(string name)
    {
        var key = NameKey.Of(name);
        return string.Equals(Code, name.Trim(), StringComparison.OrdinalIgnoreCase)
            || NameKey.Of(Name) == key
            || Aliases.Exists(alias => NameKey.Of(alias) == key);
    }

    public bool Watches(string region) => Region == region || Interests.Contains(region);

    public bool IsRivalOf(string nationCode) => Rivals.Contains(nationCode);

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> are rivals, counted either way (either names the other).</summary>
    public static bool AreRivals(IReadOnlyDictionary<string, IReadOnlyNation> nations, string a, string b) =>
        (nations.TryGetValue(a, out var first) && first.IsRivalOf(b))
        || (nations.TryGetValue(b, out var second) && second.IsRivalOf(a));
}

/// <summary>How a nation's ministries may be claimed (decision 14 has the table with the game's join policy).</summary>
public enum ClaimStatus
{
    Open,
    ApplicationOnly,
    Reserved,
}
