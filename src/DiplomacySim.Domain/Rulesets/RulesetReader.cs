using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Scenarios;

namespace DiplomacySim.Domain.Rulesets;

/// <summary>
/// Reads a ruleset file (seeds/rulesets/&lt;name&gt;.json) as strictly as scenarios are read: an unknown
/// property, a misspelt trigger or a number out of range is an error with its path, never a silent
/// default that changes how a game plays.
/// </summary>
public static class RulesetReader
{
    /// <summary>Reads <paramref name="json"/>; the ruleset is named after <paramref name="fileName"/> without its extension.</summary>
    public static RulesetReadResult Read(string json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(fileName);

        RulesetDefinition? definition;
        try
        {
            definition = JsonSerializer.Deserialize<RulesetDefinition>(json, ScenarioReader.Options);
        }
        catch (JsonException exception)
        {
            return new(null, [ScenarioJsonErrors.Describe(fileName, json, exception, typeof(RulesetDefinition))]);
        }
        if (definition is null)
            return new(null, [new ScenarioError(fileName, "$", "the file holds null instead of a ruleset object { ... }.")]);

        var errors = RulesetValidator.Validate(fileName, definition);
        return errors.Count > 0 ? new(null, errors) : new(Build(Path.GetFileNameWithoutExtension(fileName), definition), errors);
    }

    // Only called on a definition the validator passed, so the required values are there.
    private static Ruleset Build(string name, RulesetDefinition definition)
    {
        var thresholds = definition.Thresholds!;
        return new Ruleset(
            name,
            new RuleThresholds(thresholds.MaxDelegationSize!.Value, thresholds.TariffChangePercent!.Min!.Value, thresholds.TariffChangePercent.Max!.Value),
            (definition.RatificationRequired ?? []).ToHashSet(),
            (definition.MinimumOpinionToAccept ?? []).ToDictionary(p => RulesetValidator.KindNamed(p.Key)!.Value, p => p.Value),
            [.. definition.Effects!.Select(e => new RelationEffect(e.When!.Value, e.Kind, e.Reason!, e.Amount!.Value, e.Between ?? EffectDirection.BothWays, e.FadesOverDays))]);
    }
}

/// <summary>What <see cref="RulesetReader"/> made of a file: the ruleset when it is valid, otherwise every error found.</summary>
public sealed record RulesetReadResult(Ruleset? Ruleset, IReadOnlyList<ScenarioError> Errors)
{
    [MemberNotNullWhen(true, nameof(Ruleset))]
    public bool IsValid => Ruleset is not null && Errors.Count == 0;
}
