using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Rulesets;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Opinions;

/// <summary>
/// Which opinions an event moves, by how much, as the game's ruleset says. Pure: the server records
/// the changes as modifiers tied to the event, so every score stays explainable.
/// </summary>
public static class RelationEffects
{
    /// <summary>
    /// The changes <paramref name="trigger"/> causes between <paramref name="first"/> and
    /// <paramref name="second"/> (see <see cref="EffectTrigger"/> for who is first); for agreements,
    /// the effects of any kind and those of <paramref name="kind"/>.
    /// </summary>
    public static IEnumerable<OpinionChange> Of(Ruleset ruleset, EffectTrigger trigger, string first, string second, ClauseKind? kind = null)
    {
        foreach (var effect in ruleset.EffectsOf(trigger, kind))
        {
            if (effect.Between is EffectDirection.BothWays or EffectDirection.FirstToSecond)
                yield return new(first, second, effect.Reason, effect.Amount, effect.FadesOverDays);
            if (effect.Between is EffectDirection.BothWays or EffectDirection.SecondToFirst)
                yield return new(second, first, effect.Reason, effect.Amount, effect.FadesOverDays);
        }
    }

    /// <summary>
    /// Basing rights entered into force in <paramref name="region"/>: every other nation that is a
    /// rival of either party (rivalry counted either way) and watches the region thinks less of both
    /// parties. In the order of the nations' codes, the requester before the grantor.
    /// </summary>
    public static IEnumerable<OpinionChange> RivalReactions(Ruleset ruleset, IReadOnlyDictionary<string, IReadOnlyNation> nations, string requester, string grantor, string region)
    {
        var effects = ruleset.EffectsOf(EffectTrigger.RivalBasingInRegion).ToList();
        if (effects.Count == 0)
            return [];
        var reacting = nations.Values
            .Where(n => n.Code != requester && n.Code != grantor && n.Watches(region))
            .Where(n => Nation.AreRivals(nations, n.Code, requester) || Nation.AreRivals(nations, n.Code, grantor))
            .OrderBy(n => n.Code, StringComparer.Ordinal);
        return [.. from nation in reacting
                   from party in new[] { requester, grantor }
                   from effect in effects
                   select new OpinionChange(nation.Code, party, effect.Reason, effect.Amount, effect.FadesOverDays)];
    }
}
