using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Opinions;
using DiplomacySim.Domain.Scenarios;
using static System.FormattableString;

namespace DiplomacySim.Domain.Rulesets;

/// <summary>
/// Checks a ruleset as read from its file: every problem, each with its field path, so that a GM fixes
/// the numbers in one pass. The rules are listed in seeds/README.md ("The ruleset format").
/// </summary>
internal static class RulesetValidator
{
    public static IReadOnlyList<ScenarioError> Validate(string fileName, RulesetDefinition ruleset)
    {
        var errors = new ScenarioErrorList(fileName);
        CheckThresholds(ruleset.Thresholds, errors);
        CheckRatification(ruleset.RatificationRequired, errors);
        CheckMinimumOpinions(ruleset.MinimumOpinionToAccept, errors);
        CheckEffects(ruleset.Effects, errors);
        return errors.Errors;
    }

    /// <summary>The clause kind a file names ("basingRights"), or null.</summary>
    public static ClauseKind? KindNamed(string name) =>
        Enum.GetValues<ClauseKind>().Cast<ClauseKind?>().FirstOrDefault(k => ScenarioErrorList.Name(k!.Value) == name);

    private static void CheckThresholds(ThresholdsDefinition? thresholds, ScenarioErrorList errors)
    {
        if (!errors.RequireEntry(thresholds, "thresholds"))
            return;
        if (errors.Require(thresholds.MaxDelegationSize, "thresholds.maxDelegationSize") && thresholds.MaxDelegationSize < 1)
            errors.Add("thresholds.maxDelegationSize", Invariant($"is {thresholds.MaxDelegationSize}; a delegation has at least one member."));
        var tariff = thresholds.TariffChangePercent;
        if (!errors.RequireEntry(tariff, "thresholds.tariffChangePercent"))
            return;
        var hasMin = errors.Require(tariff.Min, "thresholds.tariffChangePercent.min");
        var hasMax = errors.Require(tariff.Max, "thresholds.tariffChangePercent.max");
        if (hasMin && hasMax && tariff.Min > tariff.Max)
            errors.Add("thresholds.tariffChangePercent", Invariant($"min ({tariff.Min}) is above max ({tariff.Max})."));
    }

    private static void CheckRatification(List<ClauseKind>? kinds, ScenarioErrorList errors)
    {
        var seen = new HashSet<ClauseKind>();
        for (var i = 0; i < (kinds?.Count ?? 0); i++)
        {
            if (!seen.Add(kinds![i]))
                errors.Add(Invariant($"ratificationRequired[{i}]"), $"\"{ScenarioErrorList.Name(kinds[i])}\" is listed twice.");
        }
    }

    private static void CheckMinimumOpinions(Dictionary<string, int>? minimums, ScenarioErrorList errors)
    {
        foreach (var (name, minimum) in minimums ?? [])
        {
            var at = $"minimumOpinionToAccept.{name}";
            if (KindNamed(name) is null)
                errors.Add(at, $"\"{name}\" is not a clause kind; use one of {KindNames()}.");
            if (minimum is < Opinion.Min or > Opinion.Max)
                errors.Add(at, Invariant($"is {minimum}; an opinion lies between {Opinion.Min} and {Opinion.Max}."));
        }
    }

    private static void CheckEffects(List<EffectDefinition>? effects, ScenarioErrorList errors)
    {
        if (!errors.RequireEntry(effects, "effects"))
            return;
        var firstOf = new Dictionary<(EffectTrigger, ClauseKind?, string), int>();
        for (var i = 0; i < effects.Count; i++)
        {
            var effect = effects[i];
            var at = Invariant($"effects[{i}]");
            if (!errors.RequireEntry(effect, at))
                continue;
            var hasWhen = errors.Require(effect.When, $"{at}.when");
            var hasReason = errors.Require(effect.Reason, $"{at}.reason");
            if (hasReason && !ScenarioPatterns.Reason().IsMatch(effect.Reason!))
                errors.Add($"{at}.reason", $"\"{effect.Reason}\" is not a reason code: use lowercase words joined by hyphens, like \"diplomatic-contact\".");
            if (errors.Require(effect.Amount, $"{at}.amount") && (effect.Amount == 0 || effect.Amount is < Opinion.Min or > Opinion.Max))
                errors.Add($"{at}.amount", Invariant($"is {effect.Amount}; an effect moves opinion by a non-zero amount between {Opinion.Min} and {Opinion.Max}."));
            if (effect.FadesOverDays is <= 0)
                errors.Add($"{at}.fadesOverDays", Invariant($"is {effect.FadesOverDays}; give a positive number of days, or leave it out for an effect that lasts."));
            if (effect.Kind is { } kind && effect.When is { } when && when != EffectTrigger.AgreementInForce)
                errors.Add($"{at}.kind", $"\"{ScenarioErrorList.Name(kind)}\" applies only to agreementInForce effects; leave it out for {ScenarioErrorList.Name(when)}.");
            if (hasWhen && hasReason && !firstOf.TryAdd((effect.When!.Value, effect.Kind, effect.Reason!), i))
                errors.Add(at, Invariant($"repeats effects[{firstOf[(effect.When.Value, effect.Kind, effect.Reason!)]}] (same when, kind and reason); merge them."));
        }
    }

    private static string KindNames() => string.Join(", ", Enum.GetValues<ClauseKind>().Select(k => $"\"{ScenarioErrorList.Name(k)}\""));
}
