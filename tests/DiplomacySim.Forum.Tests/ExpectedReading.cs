using System.Text.Json;
using System.Text.Json.Serialization;
using DiplomacySim.Domain.Clauses;

namespace DiplomacySim.Forum.Tests;

/// <summary>
/// What a careful reader finds in a post (an <c>*.expected.json</c>): header fields and clauses,
/// each clause with only the terms the post states. Compares a reading with it term by term.
/// </summary>
internal static class ExpectedReading
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    public static ClauseKind Kind(JsonElement clause) => Enum.Parse<ClauseKind>(clause.GetProperty("kind").GetString()!, ignoreCase: true);

    /// <summary>The terms of <paramref name="want"/> that <paramref name="clause"/> reads otherwise; empty when it matches.</summary>
    public static List<string> Differences(Clause clause, JsonElement want, Func<string, Guid> installationId)
    {
        var differences = new List<string>();
        if (clause.Kind != Kind(want))
            return [$"kind {clause.Kind}, expected {Kind(want)}"];
        var got = JsonSerializer.SerializeToElement(clause, Json);
        foreach (var term in want.EnumerateObject().Where(t => t.Name != "kind"))
        {
            var value = got.GetProperty(term.Name);
            var same = term.Value.ValueKind switch
            {
                _ when term.Name == "installations" => value.EnumerateArray().Select(v => v.GetGuid()).Order().SequenceEqual(term.Value.EnumerateArray().Select(v => installationId(v.GetString()!)).Order()),
                JsonValueKind.Array => value.EnumerateArray().Select(v => v.ToString()).Order().SequenceEqual(term.Value.EnumerateArray().Select(v => v.ToString()).Order()),
                JsonValueKind.Number => value.ValueKind == JsonValueKind.Number && value.GetDecimal() == term.Value.GetDecimal(),
                _ => string.Equals(value.ToString(), term.Value.ToString(), StringComparison.Ordinal),
            };
            if (!same)
                differences.Add($"{clause.Kind}.{term.Name}: read {value}, expected {term.Value}");
        }
        return differences;
    }

    /// <summary>
    /// Pairs the clauses read with those expected, in order of the expected: each expected clause takes
    /// the first unpaired clause read that matches it. Returns the pairs and what is left on each side.
    /// </summary>
    public static (int Matched, List<JsonElement> Missed, List<Clause> Extra) Pair(IReadOnlyList<Clause> read, IEnumerable<JsonElement> expected, Func<string, Guid> installationId)
    {
        var left = read.ToList();
        var missed = new List<JsonElement>();
        var matched = 0;
        foreach (var want in expected)
        {
            var hit = left.FindIndex(c => Differences(c, want, installationId).Count == 0);
            if (hit < 0)
            {
                missed.Add(want);
                continue;
            }
            left.RemoveAt(hit);
            matched++;
        }
        return (matched, missed, left);
    }
}
