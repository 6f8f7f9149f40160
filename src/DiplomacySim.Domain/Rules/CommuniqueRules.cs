using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Rules;

/// <summary>
/// The rules a communique must keep to be sent: who may write it, to whom, and each clause's own
/// rules. The same check serves the draft check and the send, so a clean check means a clean send
/// unless the world changes in between.
/// </summary>
public static class CommuniqueRules
{
    /// <summary>
    /// Whether <paramref name="actor"/> may write for <paramref name="ministry"/>: its holder, or a GM
    /// speaking for a ministry no player holds (forum practice for non-player nations).
    /// </summary>
    public static bool MayActFor(Actor actor, IReadOnlyMinistry ministry) =>
        ministry.IsHeldBy(actor.UserId) || (actor.IsGameMaster && ministry.HolderId is null);

    /// <summary>
    /// Every rule the communique breaks: those of the communique first (without a clause index), then
    /// each clause's in order. Clauses are checked only once sender and recipient are sound, since
    /// their parties come from them.
    /// </summary>
    public static IReadOnlyList<RuleViolation> Check(WorldView world, Actor actor, Guid fromMinistry, Guid toMinistry, IReadOnlyList<Clause> clauses)
    {
        var violations = new List<RuleViolation>();
        world.Ministries.TryGetValue(fromMinistry, out var from);
        world.Ministries.TryGetValue(toMinistry, out var to);

        if (from is null)
            violations.Add(new(RuleCodes.SenderNotHeld, "The sending ministry does not exist in this game.", null));
        else if (!MayActFor(actor, from))
            violations.Add(new(RuleCodes.SenderNotHeld, $"You do not hold the {from.Title}, so you cannot write on its behalf.", null));
        if (to is null)
            violations.Add(new(RuleCodes.RecipientUnknown, "The recipient ministry does not exist in this game.", null));
        if (from is not null && to is not null && from.Nation == to.Nation)
            violations.Add(new(RuleCodes.SameNation, $"Both ministries belong to {world.NameOf(from.Nation)}; a communique goes to another nation.", null));

        if (violations.Count > 0 || from is null || to is null)
            return violations;

        var parties = new ClauseParties(from.Nation, to.Nation);
        for (var index = 0; index < clauses.Count; index++)
            violations.AddRange(ClauseRules.Check(world, from, parties, clauses[index], index));
        return violations;
    }
}
