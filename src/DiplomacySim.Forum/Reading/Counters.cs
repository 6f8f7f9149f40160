using System.Text.Json;
using System.Text.Json.Nodes;
using DiplomacySim.Domain.Clauses;

namespace DiplomacySim.Forum.Reading;

/// <summary>
/// A counter-proposal as a reply writes it says only what it changes ("we would prefer ten years"):
/// every term it leaves unsaid (empty, zero or none) is taken from the clause it answers.
/// </summary>
internal static class Counters
{
    public static Clause KeepingUnsaid(Clause counter, Clause answered)
    {
        if (counter.Kind != answered.Kind)
            return counter;
        var said = JsonSerializer.SerializeToNode(counter)!.AsObject();
        var asked = JsonSerializer.SerializeToNode(answered)!.AsObject();
        foreach (var (name, value) in asked)
        {
            if (name != "kind" && said[name] is var term && Unsaid(term))
                said[name] = value?.DeepClone();
        }
        return JsonSerializer.Deserialize<Clause>(said.ToJsonString()) ?? counter;
    }

    // Booleans are said either way, so they stay as read.
    private static bool Unsaid(JsonNode? term) => term switch
    {
        null => true,
        JsonArray array => array.Count == 0,
        JsonValue value when value.TryGetValue<string>(out var text) => text.Length == 0,
        JsonValue value when value.TryGetValue<decimal>(out var number) => number == 0,
        _ => false,
    };
}
