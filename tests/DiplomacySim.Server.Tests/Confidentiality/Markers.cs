using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DiplomacySim.Server.Tests.Confidentiality;

/// <summary>A value that must not reach a caller, with the words a failure names it by.</summary>
internal sealed record Marker(string Label, Regex Pattern)
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>A string found anywhere, in any case.</summary>
    public static Marker Text(string label, string value) => new(label, new Regex(Regex.Escape(value), Options));

    /// <summary>
    /// A value found only as a whole token: not inside a longer number, a word, a GUID (hex and dashes)
    /// or a timestamp's fractions, so that "13579" does not match ".1357912" or "a13579-".
    /// </summary>
    public static Marker Token(string label, string value) =>
        new(label, new Regex($@"(?<![0-9A-Za-z.\-_]){Regex.Escape(value)}(?![0-9A-Za-z\-_])", Options));

    /// <summary>An id as the API writes it, and without its dashes.</summary>
    public static IEnumerable<Marker> Id(string label, Guid id) =>
        [Token($"{label} {id}", id.ToString("D")), Token($"{label} {id} (no dashes)", id.ToString("N"))];

    /// <summary>A number in every way a text could write it: 13579, 13,579, 13 579, 13.579, 13'579 (and with non-breaking spaces).</summary>
    public static IEnumerable<Marker> Figure(string label, long value)
    {
        var plain = value.ToString(CultureInfo.InvariantCulture);
        var grouped = value.ToString("N0", CultureInfo.InvariantCulture);
        var forms = new HashSet<string>(StringComparer.Ordinal) { plain, grouped };
        foreach (var separator in new[] { " ", "\u00A0", "\u202F", ".", "'" })
            forms.Add(grouped.Replace(",", separator, StringComparison.Ordinal));
        return forms.Select(form => Token($"{label} ({form})", form));
    }
}

/// <summary>What one role may not learn: marker values, and the seqs of the events it may not see.</summary>
internal sealed record Forbidden(IReadOnlyList<Marker> Markers, IReadOnlyDictionary<long, string> HiddenSeqs, IReadOnlySet<Guid> Ids);

/// <summary>One thing a crawl read: a response (body and headers), a hub frame or a hub refusal.</summary>
/// <param name="Where">The concrete request or frame (<c>GET /api/games/test-world/relations/RUS/VNM</c>).</param>
/// <param name="Route">The route or frame kind it belongs to, for grouping (<c>GET /api/games/{game}/relations/{from}/{to}</c>).</param>
/// <param name="Request">What the caller sent (URL and body): a marker the caller sent itself is no leak when echoed.</param>
/// <param name="Status">The HTTP status; null for hub frames.</param>
/// <param name="Body">The body or frame text.</param>
/// <param name="Headers">The response headers, one per line.</param>
internal sealed record Observation(string Where, string Route, string Request, int? Status, string Body, string Headers = "")
{
    /// <summary>Who read it, where observations of several roles are kept together.</summary>
    public string Role { get; init; } = "";
}

/// <summary>A leak: which role, where, and which marker, with the text around it.</summary>
internal sealed record Leak(string Role, string Route, string Where, string What, string Excerpt)
{
    public override string ToString() => $"[{Role}] {Where}: {What}{(Excerpt.Length > 0 ? $" … {Excerpt} …" : "")}";
}

internal static class LeakScanner
{
    /// <summary>Every marker in the observation's body and headers, and every sourceEventSeq pointing at a hidden event.</summary>
    public static IEnumerable<Leak> Scan(string role, Observation observation, Forbidden forbidden, IEnumerable<Marker>? alsoForbidden = null)
    {
        var echoed = forbidden.Markers.Where(m => m.Pattern.IsMatch(observation.Request)).Select(m => m.Label).ToHashSet(StringComparer.Ordinal);
        foreach (var marker in forbidden.Markers.Concat(alsoForbidden ?? []))
        {
            if (echoed.Contains(marker.Label))
                continue;
            foreach (var (part, text) in new[] { ("body", observation.Body), ("header", observation.Headers) })
            {
                var match = marker.Pattern.Match(text);
                if (match.Success)
                    yield return new Leak(role, observation.Route, observation.Where, $"{part} holds {marker.Label}", Excerpt(text, match.Index, match.Length));
            }
        }

        foreach (var seq in SourceEventSeqs(observation.Body).Where(forbidden.HiddenSeqs.ContainsKey).Distinct())
        {
            yield return new Leak(role, observation.Route, observation.Where,
                $"sourceEventSeq {seq} points at a hidden event ({forbidden.HiddenSeqs[seq]})", "");
        }
        if (observation.Status >= 500)
            yield return new Leak(role, observation.Route, observation.Where, $"answered {observation.Status}", Excerpt(observation.Body, 0, 0));
    }

    /// <summary>The text around a match, on one line.</summary>
    public static string Excerpt(string text, int index, int length)
    {
        var start = Math.Max(0, index - 60);
        var end = Math.Min(text.Length, index + length + 60);
        return text[start..end].ReplaceLineEndings(" ");
    }

    /// <summary>Every number under a property named sourceEventSeq (any case), wherever it sits in the JSON.</summary>
    public static IEnumerable<long> SourceEventSeqs(string json)
    {
        if (!json.Contains("sourceEventSeq", StringComparison.OrdinalIgnoreCase))
            return [];
        try
        {
            using var document = JsonDocument.Parse(json);
            var found = new List<long>();
            Walk(document.RootElement, found);
            return found;
        }
        catch (JsonException)
        {
            // Not JSON (an export's text): a hidden seq could still be named, so look at the words.
            return Regex.Matches(json, @"sourceEventSeq\W{1,5}(\d+)", RegexOptions.IgnoreCase)
                .Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        }
    }

    private static void Walk(JsonElement element, List<long> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name.Equals("sourceEventSeq", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt64(out var seq))
                        found.Add(seq);
                    else
                        Walk(property.Value, found);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    Walk(item, found);
                break;
            case JsonValueKind.String:
                // A hub frame or a payload may carry JSON inside a string.
                var text = element.GetString() ?? "";
                if (text.Contains("sourceEventSeq", StringComparison.OrdinalIgnoreCase))
                    found.AddRange(SourceEventSeqs(text));
                break;
            default:
                break;
        }
    }

    /// <summary>The leaks as a failure message: grouped by route and marker, every concrete place listed.</summary>
    public static string Report(string role, IReadOnlyCollection<Leak> leaks)
    {
        var lines = new List<string> { $"{leaks.Count} leak(s) of the canary secret as {role}:" };
        foreach (var group in leaks.GroupBy(l => (l.Route, l.What)).OrderBy(g => g.Key.Route, StringComparer.Ordinal).ThenBy(g => g.Key.What, StringComparer.Ordinal))
        {
            var first = group.First();
            var others = group.Select(l => l.Where).Distinct(StringComparer.Ordinal).ToList();
            lines.Add($"  [{role}] {group.Key.Route}: {group.Key.What}");
            lines.Add($"      e.g. {first.Where}{(first.Excerpt.Length > 0 ? $"  … {first.Excerpt} …" : "")}");
            if (others.Count > 1)
                lines.Add($"      and at {others.Count - 1} more: {string.Join(", ", others.Skip(1).Take(6))}{(others.Count > 7 ? ", …" : "")}");
        }
        return string.Join(Environment.NewLine, lines);
    }
}
