using System.Globalization;
using System.Net;
using System.Text.Json;

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

    /// <summary>The body, trimmed to <see cref="MaxResponseTextLength"/> characters, when it was not problem details.</summary>
    public string? ResponseText { get; }

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
