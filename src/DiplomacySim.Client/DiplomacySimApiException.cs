using System.Globalization;
using System.Net;
using System.Text.Json;
using DiplomacySim.Client.Contracts;

namespace DiplomacySim.Client;

/// <summary>
/// The server answered with an error status. Carries the problem details it sent (RFC 9457) or, when
/// the body was something else, the start of its text.
/// </summary>
public sealed class DiplomacySimApiException : Exception
{
    /// <summary>How much of a body that is not problem details is kept.</summary>
    public const int MaxResponseTextLength = 500;

    private static readonly Dictionary<string, string[]> NoErrors = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, JsonElement> NoExtensions = new(StringComparer.Ordinal);

    private List<Violation>? violations;

    internal DiplomacySimApiException(HttpStatusCode statusCode, ProblemBody? problem, string? responseText)
        : base(Describe(statusCode, problem, responseText))
    {
        StatusCode = statusCode;
        Type = problem?.Type;
        Title = problem?.Title;
        Detail = problem?.Detail;
        Errors = problem?.Errors ?? NoErrors;
        Extensions = problem?.Extensions ?? NoExtensions;
        ResponseText = problem is null ? responseText : null;
    }

    /// <summary>The HTTP status of the response.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The problem type URI, if the server sent one.</summary>
    public string? Type { get; }

    /// <summary>The short, human-readable summary of the problem.</summary>
    public string? Title { get; }

    /// <summary>What went wrong in this case, for a person to read.</summary>
    public string? Detail { get; }

    /// <summary>Validation messages by camelCase field path; empty when the server sent none.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>Every other member of the problem (<c>code</c>, <c>violations</c>, <c>traceId</c> ...), unparsed.</summary>
    public IReadOnlyDictionary<string, JsonElement> Extensions { get; }

    /// <summary>The stable error code the server sent (<c>GAME_NOT_FOUND</c>), for bots to match on.</summary>
    public string? Code =>
        Extensions.TryGetValue("code", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString() : null;

    /// <summary>The game rules a request broke (the <c>violations</c> of a 422 <c>RULES_VIOLATED</c>); empty otherwise.</summary>
    public IReadOnlyList<Violation> Violations => violations ??= ReadViolations(Extensions);

    /// <summary>The body, trimmed to <see cref="MaxResponseTextLength"/> characters, when it was not problem details.</summary>
    public string? ResponseText { get; }

    // Read leniently: an entry of an unexpected shape is skipped rather than hiding the whole error.
    private static List<Violation> ReadViolations(IReadOnlyDictionary<string, JsonElement> extensions)
    {
        if (!extensions.TryGetValue("violations", out var list) || list.ValueKind != JsonValueKind.Array)
            return [];
        var read = new List<Violation>();
        foreach (var entry in list.EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.Object
                || !entry.TryGetProperty("code", out var code) || code.ValueKind != JsonValueKind.String)
                continue;
            var message = entry.TryGetProperty("message", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString()! : "";
            int? index = entry.TryGetProperty("clauseIndex", out var number) && number.ValueKind == JsonValueKind.Number && number.TryGetInt32(out var value) ? value : null;
            read.Add(new Violation(code.GetString()!, message, index));
        }
        return read;
    }

    private static string Describe(HttpStatusCode statusCode, ProblemBody? problem, string? responseText)
    {
        var status = string.Create(CultureInfo.InvariantCulture, $"The server answered {(int)statusCode} ({statusCode})");
        if (problem is null)
            return string.IsNullOrWhiteSpace(responseText) ? status + " with no problem details." : $"{status}: {responseText}";
        var parts = new[] { problem.Title, problem.Detail }.Where(part => !string.IsNullOrWhiteSpace(part)).Select(part => part!.TrimEnd('.'));
        var text = string.Join(". ", parts);
        return text.Length == 0 ? status + "." : $"{status}: {text}.";
    }
}
