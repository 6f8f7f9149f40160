using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Opinions;
using DiplomacySim.Domain.Rulesets;

namespace DiplomacySim.Domain.World;

/// <summary>
/// The slice of one game's world that rules and relation effects read: loaded by the server in the
/// command's transaction, built by hand in Domain tests.
/// </summary>
public sealed class WorldView
{
    private readonly ILookup<(string From, string To), OpinionModifier> modifiersByPair;

    public WorldView(
        Game game,
        Ruleset ruleset,
        IEnumerable<Nation> nations,
        IEnumerable<Ministry> ministries,
        IEnumerable<Installation> installations,
        IEnumerable<DiplomaticMission> missions,
        IEnumerable<Embargo> embargoes,
        IEnumerable<Agreement> agreements,
        IEnumerable<OpinionModifier> modifiers)
    {
        Game = game;
        Ruleset = ruleset;
        Nations = nations.ToDictionary(n => n.Code, StringComparer.Ordinal);
        Ministries = ministries.ToDictionary(m => m.Id);
        Installations = installations.ToDictionary(i => i.Id);
        Missions = [.. missions];
        Embargoes = [.. embargoes];
        Agreements = [.. agreements];
        Modifiers = [.. modifiers];
        modifiersByPair = Modifiers.ToLookup(m => (m.From, m.To));
    }

    public Game Game { get; }
    public Ruleset Ruleset { get; }
    public DateOnly Today => Game.InGameDate;
    public IReadOnlyDictionary<string, Nation> Nations { get; }
    public IReadOnlyDictionary<Guid, Ministry> Ministries { get; }
    public IReadOnlyDictionary<Guid, Installation> Installations { get; }
    public IReadOnlyList<DiplomaticMission> Missions { get; }
    public IReadOnlyList<Embargo> Embargoes { get; }

    /// <summary>The game's agreements (at least every live one).</summary>
    public IReadOnlyList<Agreement> Agreements { get; }

    public IReadOnlyList<OpinionModifier> Modifiers { get; }

    /// <summary>Opinion(from→to) today.</summary>
    public int OpinionOf(string from, string to) => Opinion.Score(modifiersByPair[(from, to)], Today);

    /// <summary>Whether <paramref name="from"/> keeps an open embassy in <paramref name="to"/>.</summary>
    public bool HasOpenMission(string from, string to) =>
        Missions.Any(m => m.From == from && m.To == to && m.IsOpen);

    public bool EmbargoBetween(string a, string b) => Embargoes.Any(e => e.IsBetween(a, b));
}
