using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Opinions;
using DiplomacySim.Domain.Rulesets;

namespace DiplomacySim.Domain.World;

/// <summary>
/// The slice of one game's world that rules and relation effects read. Its nations, ministries,
/// installations, missions and agreements are read-only views: a draft's world (check, send, import)
/// is built from the server's cached copy, shared by every request, and nothing given one can change
/// that copy, because no mutator is in reach. What a command changes it reaches through
/// <see cref="TrackedWorld"/>. The opinion modifiers are the request's own: a send's contact adds one.
/// </summary>
public class WorldView
{
    private readonly Dictionary<(string From, string To), List<OpinionModifier>> modifiersByPair;
    private readonly List<OpinionModifier> modifiers;
    private readonly List<IReadOnlyAgreement> agreementList;
    private readonly List<IReadOnlyMission> missionList;
    private readonly IReadOnlyDictionary<(string From, string To), long> summed;

    public WorldView(
        Game game,
        Ruleset ruleset,
        IEnumerable<IReadOnlyNation> nations,
        IEnumerable<IReadOnlyMinistry> ministries,
        IEnumerable<IReadOnlyInstallation> installations,
        IEnumerable<IReadOnlyMission> missions,
        IEnumerable<Embargo> embargoes,
        IEnumerable<IReadOnlyAgreement> agreements,
        IEnumerable<OpinionModifier> modifiers,
        IReadOnlyDictionary<(string From, string To), long>? summedToday = null)
    {
        Game = game;
        Ruleset = ruleset;
        Nations = nations.ToDictionary(n => n.Code, StringComparer.Ordinal);
        Ministries = ministries.ToDictionary(m => m.Id);
        Installations = installations.ToDictionary(i => i.Id);
        missionList = [.. missions];
        Embargoes = [.. embargoes];
        agreementList = [.. agreements];
        this.modifiers = [.. modifiers];
        modifiersByPair = this.modifiers.GroupBy(m => (m.From, m.To)).ToDictionary(g => g.Key, g => g.ToList());
        summed = summedToday ?? new Dictionary<(string From, string To), long>();
    }

    public Game Game { get; }
    public Ruleset Ruleset { get; }
    public DateOnly Today => Game.InGameDate;
    public IReadOnlyDictionary<string, IReadOnlyNation> Nations { get; }
    public IReadOnlyDictionary<Guid, IReadOnlyMinistry> Ministries { get; }
    public IReadOnlyDictionary<Guid, IReadOnlyInstallation> Installations { get; }
    public IReadOnlyList<IReadOnlyMission> Missions => missionList;
    public IReadOnlyList<Embargo> Embargoes { get; }

    /// <summary>The game's agreements (at least every live one).</summary>
    public IReadOnlyList<IReadOnlyAgreement> Agreements => agreementList;

    public IReadOnlyList<OpinionModifier> Modifiers => modifiers;

    /// <summary>
    /// Opinion(from→to) today: the clamped sum of the pair's modifiers. Those a loader did not read one by
    /// one come as <c>summedToday</c>, the unclamped sum of their values today (a hot pair's send need
    /// not read back every contact it ever had); modifiers added since count on top.
    /// </summary>
    public int OpinionOf(string from, string to)
    {
        var sum = summed.GetValueOrDefault((from, to));
        if (modifiersByPair.TryGetValue((from, to), out var pair))
            sum += pair.Sum(m => (long)m.ValueOn(Today));
        return Opinion.Clamp(sum);
    }

    /// <summary>A modifier added by the current command, so that later rules and scores in it see it.</summary>
    public void AddModifier(OpinionModifier modifier)
    {
        modifiers.Add(modifier);
        if (!modifiersByPair.TryGetValue((modifier.From, modifier.To), out var pair))
            modifiersByPair[(modifier.From, modifier.To)] = pair = [];
        pair.Add(modifier);
    }

    /// <summary>A nation's name for messages, with its article ("the Kingdom of Thailand"); the code itself when the world does not know it.</summary>
    public string NameOf(string code) => Nations.TryGetValue(code, out var nation) ? Naming.NationNames.InProse(nation.Name) : code;

    /// <summary>Whether <paramref name="from"/> keeps an open embassy in <paramref name="to"/>.</summary>
    public bool HasOpenMission(string from, string to) =>
        Missions.Any(m => m.From == from && m.To == to && m.IsOpen);

    /// <summary><paramref name="from"/>'s mission in <paramref name="to"/>; null when it never kept one.</summary>
    public IReadOnlyMission? MissionOf(string from, string to) => Missions.FirstOrDefault(m => m.From == from && m.To == to);

    /// <summary>
    /// Whether the two nations hold diplomatic relations: one of them keeps a mission (open or closed)
    /// in the other and neither has severed. A closed embassy leaves relations standing; a severed one,
    /// or never having had one, leaves them to be established first.
    /// </summary>
    public bool HoldRelations(string a, string b)
    {
        var between = Missions.Where(m => (m.From == a && m.To == b) || (m.From == b && m.To == a)).ToList();
        return between.Count > 0 && between.TrueForAll(m => m.Status != MissionStatus.Severed);
    }

    public bool EmbargoBetween(string a, string b) => Embargoes.Any(e => e.IsBetween(a, b));

    /// <summary>For <see cref="TrackedWorld.AddAgreement"/>: later clauses of the same command see it.</summary>
    protected void Add(IReadOnlyAgreement agreement) => agreementList.Add(agreement);

    /// <summary>For <see cref="TrackedWorld.OpenMission"/>: later rules of the same command see it.</summary>
    protected void Add(IReadOnlyMission mission) => missionList.Add(mission);
}
