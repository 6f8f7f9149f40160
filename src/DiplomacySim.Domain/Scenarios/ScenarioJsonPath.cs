using System.Globalization;
using System.Text.Json;

namespace DiplomacySim.Domain.Scenarios;

/// <summary>
/// A path as the serializer writes it (<c>$.nations[2].ministries[0].kind</c>, <c>$.x['odd name']</c>):
/// a property name or a list index per step.
/// </summary>
internal sealed class ScenarioJsonPath
{
    private ScenarioJsonPath(string field, IReadOnlyList<Segment> segments)
    {
        Field = field;
        Segments = segments;
    }

    /// <summary>The path as a scenario error names the field: without the leading <c>$.</c>, or <c>$</c> for the whole file.</summary>
    public string Field { get; }

    public IReadOnlyList<Segment> Segments { get; }

    public static ScenarioJsonPath Parse(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
            return new ScenarioJsonPath("$", []);

        var segments = new List<Segment>();
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                segments.Add(new Segment(path[(i + 1)..end], null));
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['"))
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end;
                segments.Add(new Segment(path[(i + 2)..end], null));
                i = Math.Min(end + 2, path.Length);
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                end = end < 0 ? path.Length : end;
                segments.Add(new Segment(null, int.Parse(path.AsSpan(i + 1, end - i - 1), CultureInfo.InvariantCulture)));
                i = Math.Min(end + 1, path.Length);
            }
            else
            {
                // Not a path this class knows how to read: keep it whole, navigate nowhere.
                return new ScenarioJsonPath(path, []);
            }
        }
        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return new ScenarioJsonPath(field, segments);
    }

    /// <summary>The element at the path, or null where the document has nothing there.</summary>
    public JsonElement? Find(JsonElement root) => Walk(root, Segments.Count);

    /// <summary>The element holding the one at the path (the whole document for a top-level field).</summary>
    public JsonElement? FindParent(JsonElement root) => Walk(root, Math.Max(0, Segments.Count - 1));

    private JsonElement? Walk(JsonElement root, int steps)
    {
        var element = root;
        foreach (var segment in Segments.Take(steps))
        {
            if (segment.Name is { } name)
            {
                if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
                    return null;
            }
            else if (element.ValueKind == JsonValueKind.Array && segment.Index < element.GetArrayLength())
            {
                element = element[segment.Index.GetValueOrDefault()];
            }
            else
            {
                return null;
            }
        }
        return element;
    }

    /// <summary>One step: a property <see cref="Name"/>, or a list <see cref="Index"/>.</summary>
    public sealed record Segment(string? Name, int? Index);
}
