using DiplomacySim.Domain.World;
using DiplomacySim.Forum.Text;

namespace DiplomacySim.Forum;

/// <summary>
/// What the importer resolves names against: one game's nations (names and aliases), ministries
/// (titles and ministers), installations (names and aliases) and its in-game date, which dates in
/// prose are read against.
/// </summary>
public sealed class ForumWorld
{
    private readonly List<(string Key, Nation Nation)> nationNames;
    private readonly List<(string Key, Nation Nation)> otherNationNames;
    private readonly List<(string Key, Installation Installation)> installationNames;

    public ForumWorld(DateOnly today, IEnumerable<Nation> nations, IEnumerable<Ministry> ministries, IEnumerable<Installation> installations)
    {
        Today = today;
        Nations = [.. nations];
        Ministries = [.. ministries];
        Installations = [.. installations];
        nationNames = [.. Nations.SelectMany(n => new[] { n.Name, n.Code }.Concat(n.Aliases).Select(name => (Folded.Key(name), n))).Where(p => p.Item1.Length > 0).DistinctBy(p => (p.Item1, p.n.Code))];
        // Adjectives and capitals name a nation too, but only where a nation is looked for (a sender, a host state): "visit Hanoi" names a city.
        var taken = nationNames.Select(n => n.Item1).ToHashSet(StringComparer.Ordinal);
        otherNationNames = [.. Nations.SelectMany(n => Reading.Gazetteer.OtherNamesOf(n).Select(name => (Key: Folded.Key(name), Nation: n))).Where(p => p.Key.Length > 0 && !taken.Contains(p.Key)).DistinctBy(p => (p.Key, p.Nation.Code))];
        installationNames = [.. Installations.SelectMany(i => new[] { i.Name }.Concat(i.Aliases).Select(name => (Folded.Key(name), i))).Where(p => p.Item1.Length > 0)];
        installationNames.AddRange(ShortNames(installationNames, nationNames));
    }

    // The words that say what kind of place a name is, longest first: "Cam Ranh Base" is "Cam Ranh".
    private static readonly string[] KindWords =
        ["naval air station", "air force base", "international airport", "air base", "naval base", "air station", "naval station", "airfield", "airport", "base", "port"];

    /// <summary>
    /// Each installation's names without their kind words, as letters and replies shorten them, where
    /// the short name is left with a word of four letters or more and names no other installation or nation.
    /// </summary>
    private static IEnumerable<(string Key, Installation Installation)> ShortNames(List<(string Key, Installation Installation)> names, List<(string Key, Nation Nation)> nations)
    {
        var taken = names.Select(n => n.Key).Concat(nations.Select(n => n.Key)).ToHashSet(StringComparer.Ordinal);
        return names
            .Select(n => (Key: KindWords.Where(k => n.Key.EndsWith(" " + k, StringComparison.Ordinal)).Select(k => n.Key[..^(k.Length + 1)]).FirstOrDefault(), n.Installation))
            .Where(n => n.Key is { } key && key.Split(' ').Any(word => word.Length >= 4) && !taken.Contains(key))
            .Select(n => (n.Key!, n.Installation))
            .GroupBy(n => n.Item1, StringComparer.Ordinal)
            .Where(g => g.Select(n => n.Installation.Id).Distinct().Count() == 1)
            .Select(g => g.First());
    }

    public DateOnly Today { get; }
    public IReadOnlyList<Nation> Nations { get; }
    public IReadOnlyList<Ministry> Ministries { get; }
    public IReadOnlyList<Installation> Installations { get; }

    /// <summary>
    /// Nations named in [from, to) of the text, in order of appearance; the longest name wins where
    /// names overlap. With <paramref name="otherNames"/>, by adjective and capital as well.
    /// </summary>
    internal List<(int At, int Length, Nation Nation)> NationsIn(Folded text, int from, int to, bool otherNames = false) =>
        Longest((otherNames ? nationNames.Concat(otherNationNames) : nationNames).SelectMany(n => text.FindAll(n.Key, from, to).Select(at => (at, n.Key.Length, n.Nation))));

    /// <summary>Installations named in [from, to) of the text, in order of appearance.</summary>
    internal List<(int At, int Length, Installation Installation)> InstallationsIn(Folded text, int from, int to) =>
        Longest(installationNames.SelectMany(n => text.FindAll(n.Key, from, to).Select(at => (at, n.Key.Length, n.Installation))));

    // Where two names overlap ("Republic of the Philippines" and "Philippines"), keep the longer.
    private static List<(int At, int Length, T Item)> Longest<T>(IEnumerable<(int At, int Length, T Item)> found)
    {
        var kept = new List<(int At, int Length, T Item)>();
        foreach (var candidate in found.OrderByDescending(f => f.Length).ThenBy(f => f.At))
        {
            if (!kept.Exists(k => candidate.At < k.At + k.Length && k.At < candidate.At + candidate.Length))
                kept.Add(candidate);
        }
        return [.. kept.OrderBy(k => k.At)];
    }
}
