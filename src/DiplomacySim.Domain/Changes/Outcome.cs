using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.Members;
using DiplomacySim.Domain.Opinions;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Changes;

/// <summary>
/// What one command decided: the entities it made or ended and the changes to log, in order. The
/// Domain fills it; the server's recorder stores the entities and writes one event per change, in
/// the same transaction. Entities it changed in place (a clause's status, an installation's room) are
/// the loaded ones, which the transaction saves as they are.
/// </summary>
public sealed class Outcome
{
    private readonly List<GameChange> changes = [];
    private readonly List<Communique> communiques = [];
    private readonly List<Agreement> agreements = [];
    private readonly List<OpinionModifier> modifiers = [];
    private readonly List<OpinionModifier> faded = [];
    private readonly List<GameMember> members = [];
    private readonly List<GameMember> departed = [];
    private readonly List<Claim> claims = [];
    private readonly List<DiplomaticMission> missions = [];

    public IReadOnlyList<GameChange> Changes => changes;
    public IReadOnlyList<Communique> NewCommuniques => communiques;
    public IReadOnlyList<Agreement> NewAgreements => agreements;
    public IReadOnlyList<OpinionModifier> NewModifiers => modifiers;

    /// <summary>Modifiers that have faded to nothing and leave the store (the log keeps their history).</summary>
    public IReadOnlyList<OpinionModifier> FadedModifiers => faded;

    /// <summary>Members who joined the game.</summary>
    public IReadOnlyList<GameMember> NewMembers => members;

    /// <summary>Members who left it (or were removed); the log keeps that they were there.</summary>
    public IReadOnlyList<GameMember> DepartedMembers => departed;

    /// <summary>Claims of seats made.</summary>
    public IReadOnlyList<Claim> NewClaims => claims;

    /// <summary>Missions founded where a nation never kept one (relations established, an embassy opened).</summary>
    public IReadOnlyList<DiplomaticMission> NewMissions => missions;

    public T Log<T>(T change) where T : GameChange
    {
        changes.Add(change);
        return change;
    }

    public void Add(Communique communique) => communiques.Add(communique);

    public void Add(Agreement agreement) => agreements.Add(agreement);

    public void Add(OpinionModifier modifier) => modifiers.Add(modifier);

    public void Remove(OpinionModifier modifier) => faded.Add(modifier);

    public void Add(GameMember member) => members.Add(member);

    public void Add(Claim claim) => claims.Add(claim);

    public void Add(DiplomaticMission mission) => missions.Add(mission);

    public void Remove(GameMember member)
    {
        // A member who joined and left within one command was never stored.
        if (!members.Remove(member))
            departed.Add(member);
    }
}
