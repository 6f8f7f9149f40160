using System.Text.Json;

namespace DiplomacySim.Server.Errors;

/// <summary>
/// Words for a request the framework could not read, in the API's terms: JSON paths and parameter
/// names as a client writes them, never the server's own type names (which tell a client nothing it
/// can act on, and tell an attacker how the server is built).
/// </summary>
internal static class RequestReadErrors
{
    public static string Describe(BadHttpRequestException badRequest) =>
        badRequest.InnerException is JsonException json
            ? Describe(json)
            : WithoutParameterTypes(badRequest.Message);

    public static string Describe(JsonException json)
    {
        var where = json.Path is { Length: > 0 } path ? path : "$";
        // A converter that reads a value in a nested pass (a clause's terms, once its kind is known)
        // wraps the nested error, whose path and position start at that value: "$.clauses[0]" and
        // "$.peacetimePersonnelCap" are one path.
        if (json.InnerException is JsonException { Path: ['$', .. var within] } nested)
        {
            where += within;
            json = nested.LineNumber is null ? json : nested;
        }
        var at = json.LineNumber is { } line && json.BytePositionInLine is { } position
            ? $" (line {line + 1}, position {position + 1})"
            : "";
        return $"The request body is not valid JSON for this request at {where}{at}: {Reason(json)}";
    }

    // System.Text.Json's own messages name .NET types ("could not be converted to
    // DiplomacySim.Server.Features.Communiques.CommuniqueInput"); only the reader's syntax errors do not.
    private static string Reason(JsonException json)
    {
        var message = json.Message;
        if (message.Contains("could not be converted to", StringComparison.Ordinal))
            return "the value there is not of the kind this field takes (a string, a number, an object or a list where another is expected, or a choice that does not exist).";
        if (message.Contains("missing required properties", StringComparison.Ordinal))
            return "required fields are missing.";
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal) is var i and >= 0 ? message[..i] : message;
        cut = cut.IndexOf(" Path:", StringComparison.Ordinal) is var j and >= 0 ? cut[..j] : cut;
        return cut.Contains("DiplomacySim.", StringComparison.Ordinal) || cut.Contains("System.", StringComparison.Ordinal)
            ? "the value there cannot be read."
            : cut.Trim();
    }

    /// <summary>"Failed to bind parameter "long after" from "x"." becomes "Failed to bind parameter "after" from "x".".</summary>
    private static string WithoutParameterTypes(string message)
    {
        const string marker = "parameter \"";
        var start = message.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0)
            return message;
        var open = start + marker.Length;
        var close = message.IndexOf('"', open);
        if (close < 0)
            return message;
        var declared = message[open..close];
        var name = declared[(declared.LastIndexOf(' ') + 1)..];
        return message[..open] + name + message[close..];
    }
}
