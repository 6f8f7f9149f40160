using System.Globalization;
using System.Text.Json;

namespace DiplomacySim.Domain.Scenarios;

/// <summary>The words an error uses for what the format expects at a field and for what the file has there.</summary>
internal static class ScenarioJsonTypes
{
    private const int QuoteLength = 40;

    public static string Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
            return "text in double quotes";
        if (type == typeof(int))
            return string.Create(CultureInfo.InvariantCulture, $"a whole number (at most {int.MaxValue})");
        if (type == typeof(decimal))
            return "a number";
        if (type == typeof(bool))
            return "true or false";
        if (type == typeof(DateOnly))
            return "a date written yyyy-MM-dd, like \"2018-10-03\"";
        if (type.IsEnum)
            return "one of " + string.Join(", ", Enum.GetNames(type).Select(n => $"\"{JsonNamingPolicy.CamelCase.ConvertName(n)}\""));
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
            return "a list [ ... ]";
        return "an object { ... }";
    }

    public static string Found(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object { ... }",
        JsonValueKind.Array => "a list [ ... ]",
        JsonValueKind.Null => "null",
        _ => Shorten(value.GetRawText()),
    };

    private static string Shorten(string text) => text.Length <= QuoteLength ? text : text[..QuoteLength] + "…";
}
