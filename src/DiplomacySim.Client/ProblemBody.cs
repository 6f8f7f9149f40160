using System.Text.Json;

namespace DiplomacySim.Client;

/// <summary>
/// The parts of an RFC 9457 problem details body. Read by hand rather than into the ASP.NET Core
/// types, so that a member of an unexpected shape (an <c>errors</c> that is not a map of string
/// arrays) is kept as an extension instead of making the whole body unreadable.
/// </summary>
internal sealed record ProblemBody(
    string? Type,
    string? Title,
    string? Detail,
    IReadOnlyDictionary<string, string[]> Errors,
    IReadOnlyDictionary<string, JsonElement> Extensions)
{
    private static readonly Dictionary<string, string[]> NoErrors = new(StringComparer.Ordinal);

    /// <summary>The problem in <paramref name="text"/>, or null when it is not a problem details object.</summary>
    public static ProblemBody? TryParse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object ? FromObject(document.RootElement) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ProblemBody? FromObject(JsonElement root)
    {
        string? type = null, title = null, detail = null;
        IReadOnlyDictionary<string, string[]> errors = NoErrors;
        var extensions = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var isProblem = false;
        foreach (var member in root.EnumerateObject())
        {
            switch (member.Name)
            {
                case "type" when member.Value.ValueKind == JsonValueKind.String:
                    (type, isProblem) = (member.Value.GetString(), true);
                    break;
                case "title" when member.Value.ValueKind == JsonValueKind.String:
                    (title, isProblem) = (member.Value.GetString(), true);
                    break;
                case "detail" when member.Value.ValueKind == JsonValueKind.String:
                    (detail, isProblem) = (member.Value.GetString(), true);
                    break;
                case "status" when member.Value.ValueKind == JsonValueKind.Number:
                    isProblem = true;
                    break;
                case "errors" when TryReadErrors(member.Value) is { } byField:
                    errors = byField;
                    break;
                default:
                    extensions[member.Name] = member.Value.Clone();
                    break;
            }
        }
        return isProblem ? new ProblemBody(type, title, detail, errors, extensions) : null;
    }

    // Validation problems: { "errors": { "field": ["message", ...] } }.
    private static Dictionary<string, string[]>? TryReadErrors(JsonElement errors)
    {
        if (errors.ValueKind != JsonValueKind.Object)
            return null;
        var byField = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var field in errors.EnumerateObject())
        {
            if (field.Value.ValueKind == JsonValueKind.String)
            {
                byField[field.Name] = [field.Value.GetString()!];
                continue;
            }
            if (field.Value.ValueKind != JsonValueKind.Array)
                return null;
            var messages = new List<string>();
            foreach (var message in field.Value.EnumerateArray())
            {
                if (message.ValueKind != JsonValueKind.String)
                    return null;
                messages.Add(message.GetString()!);
            }
            byField[field.Name] = [.. messages];
        }
        return byField;
    }
}
