using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Opinions;
using DiplomacySim.Domain.Rulesets;

namespace DiplomacySim.Domain.World;

/// <summary>
/// A command's world: the same read-only view the rules read, over entities the command's own
/// transaction loaded and tracks, with the mutable ones in reach of what changes them (an answer
/// concludes, a ruling ratifies, a basing agreement holds and stations room). Only a command's full
/// load builds one; a draft's world never is one, so a draft path that tried to change the world
/// would not compile.
/// </summary>
public sealed class TrackedWorld : WorldView
{
    private readonly Dictionary<Guid, Installation> installations;
    private readonly List<Agreement> agreements;
    private readonly List<DiplomaticMission> missions;
    private readonly List<DiplomaticMission> newMissions = [];

    public TrackedWorld(
        Game game,
        Ruleset ruleset,
        IEnumerable<Nation> nations,
        IEnumerable<Ministry> ministries,
        IEnumerable<Installation> installations,
        IEnumerable<DiplomaticMission> missions,
        IEnumerable<Embargo> embargoes,
        IEnumerable<Agreement> agreements,
        IEnumerable<OpinionModifier> modifiers)
        : this(game, ruleset, [.. nations], [.. ministries], [.. installations], [.. missions], [.. embargoes], [.. agreements], modifiers)
    {
    }

    private TrackedWorld(
        Game game,
        Ruleset ruleset,
        List<Nation> nations,
        List<Ministry> ministries,
        List<Installation> installations,
        List<DiplomaticMission> missions,
        List<Embargo> embargoes,
        List<Agreement> agreements,
        IEnumerable<OpinionModifier> modifiers)
        : base(game, ruleset, nations, ministries, installations, missions, embargoes, agreements, modifiers)
    {
        this.installations = installations.ToDictionary(i => i.Id);
        this.agreements = agreements;
        this.missions = missions;
    }

    /// <summary>An installation to hold, station or give back room at.</summary>
    public Installation InstallationToChange(Guid id) => installations[id];

    public bool TryGetInstallationToChange(Guid id, out Installation installation) => installations.TryGetValue(id, out installation!);

    /// <summary>The agreements to rule on or answer for; new ones of this command included.</summary>
    public IReadOnlyList<Agreement> AgreementsToChange => agreements;

    /// <summary>
    /// <paramref name="from"/>'s mission in <paramref name="to"/> opened: a closed or severed one
    /// reopens, and where it never kept one a new mission is founded (see <see cref="TakeNewMissions"/>).
    /// </summary>
    public DiplomaticMission OpenMission(string from, string to)
    {
        var mission = missions.Find(m => m.From == from && m.To == to);
        if (mission is null)
        {
            mission = new DiplomaticMission(Game.Id, from, to, MissionStatus.Open);
            missions.Add(mission);
            newMissions.Add(mission);
            Add(mission);
        }
        else
        {
            mission.Reopen();
        }
        return mission;
    }

    /// <summary>The missions founded since last asked, for the outcome to store: loaded ones are saved as changed.</summary>
    public IReadOnlyList<DiplomaticMission> TakeNewMissions()
    {
        var taken = newMissions.ToList();
        newMissions.Clear();
        return taken;
    }

    /// <summary>An agreement concluded by the current command, so that later clauses in it see it.</summary>
    public void AddAgreement(Agreement agreement)
    {
        agreements.Add(agreement);
        Add(agreement);
    }
}
