using FluentValidation;

namespace DiplomacySim.Domain.Clauses;

/// <summary>The bounds every kind's terms share: lists, names and statements a player may submit.</summary>
internal static class TermRules
{
    public const int MaxListLength = 20;
    public const int MaxTextLength = 200;
    public const int MaxStatementLength = 4_000;

    /// <summary>Currencies and nations' codes: "USD", "VNM".</summary>
    public const int MaxCodeLength = 8;

    /// <summary>At most <see cref="MaxListLength"/> items, each once; a missing list passes (NotEmpty says so where one is required).</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<TItem>?> ShortAndDistinct<T, TItem>(this IRuleBuilder<T, IReadOnlyList<TItem>?> rule, string items) =>
        rule.Must(list => list is null || (list.Count <= MaxListLength && list.Distinct().Count() == list.Count))
            .WithMessage($"List at most {MaxListLength} {items}, each once.");
}
