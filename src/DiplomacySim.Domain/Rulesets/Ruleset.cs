using DiplomacySim.Domain.Clauses;

namespace DiplomacySim.Domain.Rulesets;

/// <summary>
/// The numbers a game plays by: rule thresholds, which agreements a GM must ratify, and how events
/// move opinions. Data (seeds/rulesets/&lt;name&gt;.json), so a GM changes them without code.
/// </summary>
public sealed record Ruleset(
    string Name,
    RuleThresholds Thresholds,
    IReadOnlySet<ClauseKind> RatificationRequired,
    IReadOnlyDictionary<ClauseKind, int> MinimumOpinionToAccept,
    IReadOnlyList<RelationEffect> Effects)
{
    public bool NeedsRatification(ClauseKind kind) => RatificationRequired.Contains(kind);

    /// <summary>The lowest opinion the grantor may hold of the requester and still accept; null when any will do.</summary>
    public int? MinimumOpinionFor(ClauseKind kind) =>
        MinimumOpinionToAccept.TryGetValue(kind, out var minimum) ? minimum : null;

    /// <summary>The effects of <paramref name="trigger"/>; for agreements, those of any kind or of <paramref name="kind"/>.</summary>
    public IEnumerable<RelationEffect> EffectsOf(EffectTrigger trigger, ClauseKind? kind = null) =>
        Effects.Where(e => e.When == trigger && (e.Kind is null || e.Kind == kind));
}

public sealed record RuleThresholds(
    int MaxDelegationSize,
    decimal MinTariffChangePercent,
    decimal MaxTariffChangePercent);

/// <summary>
/// One way an event moves opinions. Each trigger has a first and a second nation: the sender and
/// recipient of a delivered communique, the requester and the rejector of a rejected clause, the
/// requester and the grantor of an agreement. For <see cref="EffectTrigger.RivalBasingInRegion"/>
/// the opinion that moves is each reacting rival's opinion of both parties, whatever
/// <see cref="Between"/> says.
/// </summary>
public sealed record RelationEffect(
    EffectTrigger When,
    ClauseKind? Kind,
    string Reason,
    int Amount,
    EffectDirection Between,
    int? FadesOverDays);

public enum EffectTrigger
{
    /// <summary>A communique reached its recipient.</summary>
    CommuniqueDelivered,

    /// <summary>A clause was rejected: first = requester, second = the nation that rejected it.</summary>
    ClauseRejected,

    /// <summary>An agreement entered into force: first = requester, second = grantor.</summary>
    AgreementInForce,

    /// <summary>Basing rights entered into force in a region that rivals of a party watch.</summary>
    RivalBasingInRegion,

    /// <summary>A GM ruled that a nation (first) violated its obligations to another (second).</summary>
    ViolationRuled,
}

public enum EffectDirection
{
    BothWays,

    /// <summary>The first nation's opinion of the second.</summary>
    FirstToSecond,

    /// <summary>The second nation's opinion of the first.</summary>
    SecondToFirst,
}
