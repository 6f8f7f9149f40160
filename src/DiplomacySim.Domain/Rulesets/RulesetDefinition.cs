using DiplomacySim.Domain.Clauses;

namespace DiplomacySim.Domain.Rulesets;

// The shape of a ruleset file (seeds/rulesets/*.json, documented in seeds/README.md), read as written;
// RulesetValidator checks it before a Ruleset is built from it.

public sealed record RulesetDefinition
{
    public string? Description { get; init; }
    public ThresholdsDefinition? Thresholds { get; init; }
    public List<ClauseKind>? RatificationRequired { get; init; }

    /// <summary>Keyed by clause kind as the file writes it ("basingRights"); checked by the validator so an unknown kind gets a plain message.</summary>
    public Dictionary<string, int>? MinimumOpinionToAccept { get; init; }

    public List<EffectDefinition>? Effects { get; init; }
}

public sealed record ThresholdsDefinition
{
    public int? MaxDelegationSize { get; init; }
    public RangeDefinition? TariffChangePercent { get; init; }
}

public sealed record RangeDefinition
{
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }
}

public sealed record EffectDefinition
{
    public EffectTrigger? When { get; init; }
    public ClauseKind? Kind { get; init; }
    public string? Reason { get; init; }
    public int? Amount { get; init; }

    /// <summary>Null means both ways.</summary>
    public EffectDirection? Between { get; init; }

    public int? FadesOverDays { get; init; }
}
