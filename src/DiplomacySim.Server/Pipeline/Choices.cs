using FluentValidation;
using FluentValidation.Results;

namespace DiplomacySim.Server.Pipeline;

/// <summary>
/// Enum values given as text (a query parameter, a field read as a string), read in any case. Parsed
/// here rather than bound, because the framework's enum binding is case-sensitive and answers a bare
/// 400; an unknown value is a validation error that names the field and every choice.
/// </summary>
internal static class Choices
{
    /// <summary>The value <paramref name="text"/> names; <paramref name="absent"/> when it is empty.</summary>
    public static T Parse<T>(string? text, string field, T absent)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
            return absent;
        return TryParse<T>(text, out var value)
            ? value
            : throw new ValidationException([new ValidationFailure(field, Unknown<T>(text))]);
    }

    /// <summary>
    /// Reads one name, never a number ("1" is no format) nor a list: Enum.TryParse reads "plain,bbcode" as
    /// the two values or-ed together, which is a third member.
    /// </summary>
    public static bool TryParse<T>(string text, out T value)
        where T : struct, Enum
    {
        value = default;
        return !text.Contains(',', StringComparison.Ordinal) && !int.TryParse(text, out _)
            && Enum.TryParse(text.Trim(), ignoreCase: true, out value) && Enum.IsDefined(value);
    }

    /// <summary>"'wiki' is not one of auto, plain, bbcode or markdown."</summary>
    public static string Unknown<T>(string text)
        where T : struct, Enum
    {
        var names = Enum.GetNames<T>().Select(n => n.ToLowerInvariant()).ToList();
        return $"'{text}' is not one of {string.Join(", ", names[..^1])} or {names[^1]}.";
    }
}
