using System.Text.Json.Serialization;
using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Opinions;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Clauses;

/// <summary>
/// The steps of the Vienna Convention on Diplomatic Relations between the requester and the grantor:
/// establishing relations (Article 2: by mutual consent, and each then keeps an embassy in the other),
/// opening the requester's embassy in the grantor's territory, or the grantor's agrément to the
/// requester's ambassador (Article 4). In force, it opens the missions it names in the world.
/// </summary>
public sealed record DiplomaticRelationsClause(DiplomaticAction Action, string? City, string? Envoy) : Clause
{
    [JsonIgnore]
    public override ClauseKind Kind => ClauseKind.DiplomaticRelations;

    [JsonIgnore]
    public override string Description => "diplomatic relations";

    [JsonIgnore]
    public override IReadOnlyList<MinistryKind> CompetentMinistries => [MinistryKind.ForeignAffairs, MinistryKind.HeadOfGovernment];

    public override IEnumerable<RuleViolation> Check(ClauseCheck check)
    {
        var (requester, grantor) = (check.Parties.Requester, check.Parties.Grantor);
        var related = check.World.HoldRelations(requester, grantor);
        if (Action == DiplomaticAction.EstablishRelations)
        {
            return related
                ? [check.Violation(RuleCodes.RelationsAlreadyEstablished,
                    $"{check.Requester} and {check.Grantor} already hold diplomatic relations; ask to open an embassy or accredit an ambassador instead.")]
                : [];
        }
        // An embassy or an ambassador presupposes relations (Article 2): a severed or never-made
        // relation is mended first, and saying only that keeps the one thing to do in view.
        if (!related)
        {
            return [check.Violation(RuleCodes.NoDiplomaticRelations,
                $"{check.Requester} and {check.Grantor} hold no diplomatic relations; establish relations first.")];
        }
        var open = check.World.HasOpenMission(requester, grantor);
        return (Action, open) switch
        {
            (DiplomaticAction.OpenEmbassy, true) => [check.Violation(RuleCodes.MissionAlreadyOpen,
                $"{check.Requester}'s embassy in {check.Grantor} is already open.")],
            (DiplomaticAction.AccreditAmbassador, false) => [check.Violation(RuleCodes.MissionNotOpen,
                $"{check.Requester} has no open embassy in {check.Grantor} for an ambassador to head; ask to open it first.")],
            _ => [],
        };
    }

    /// <summary>Relations open an embassy each way; an embassy opens the requester's; an ambassador changes no mission.</summary>
    public override IEnumerable<OpinionChange> EnteredIntoForce(TrackedWorld world, Agreement agreement)
    {
        if (Action is DiplomaticAction.EstablishRelations or DiplomaticAction.OpenEmbassy)
            world.OpenMission(agreement.Requester, agreement.Grantor);
        if (Action == DiplomaticAction.EstablishRelations)
            world.OpenMission(agreement.Grantor, agreement.Requester);
        return [];
    }
}

public enum DiplomaticAction
{
    EstablishRelations,
    OpenEmbassy,
    AccreditAmbassador,
}
