using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace DiplomacySim.Domain.Scenarios;

/// <summary>
/// Turns the serializer's <see cref="JsonException"/> into an error the author of a seed file (a
/// scenario or a ruleset) understands. The
/// exception's own text names .NET types ("could not be converted to System.Nullable`1[...]"), so the
/// message is rebuilt from its path and line: the format's metadata says what belongs at that path, and
/// the document says what the file has there.
/// </summary>
internal static class ScenarioJsonErrors
{
    /// <param name="root">The type the whole file is read as, whose metadata says what belongs at each path.</param>
    public static ScenarioError Describe(string fileName, string json, JsonException exception, Type root)
    {
        var path = ScenarioJsonPath.Parse(exception.Path);
        var where = exception.LineNumber is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"line {line + 1}")
            : "somewhere in the file";
        // The reader's own exception sits inside when the text is not JSON at all; its message is plain.
        var message = exception.InnerException is JsonException notJson
            ? $"{where}: this is not valid JSON: {WithoutPosition(notJson.Message)} (often a missing comma, quote or bracket on this line or the one before)."
            : $"{where}: {DescribeMisfit(json, path, root)}";
        return new ScenarioError(fileName, path.Field, message);
    }

    private static string DescribeMisfit(string json, ScenarioJsonPath path, Type root)
    {
        // Walk the format's types along the path to learn what belongs there.
        var type = root;
        foreach (var segment in path.Segments)
        {
            var info = ScenarioReader.Options.GetTypeInfo(type);
            if (segment.Name is null || info.Kind == JsonTypeInfoKind.Dictionary)
            {
                type = info.ElementType ?? typeof(object);
                continue;
            }
            var property = info.Properties.FirstOrDefault(p => p.Name == segment.Name);
            if (property is null)
                return UnknownProperty(segment.Name, info);
            type = property.PropertyType;
        }

        using var document = TryParse(json);
        var parent = document is null ? null : path.FindParent(document.RootElement);
        if (path.Segments is [.., { Name: { } name }] && parent is { ValueKind: JsonValueKind.Object } obj
            && obj.EnumerateObject().Count(p => p.Name == name) > 1)
            return $"\"{name}\" is given twice in the same object; keep one.";

        var found = document is null ? null : path.Find(document.RootElement);
        return found is { } value
            ? $"expected {ScenarioJsonTypes.Expected(type)}, found {ScenarioJsonTypes.Found(value)}."
            : $"expected {ScenarioJsonTypes.Expected(type)}.";
    }

    private static string UnknownProperty(string name, JsonTypeInfo owner)
    {
        var known = owner.Properties.Select(p => p.Name).ToList();
        var closest = known.MinBy(k => Distance(name.ToLowerInvariant(), k.ToLowerInvariant()));
        if (closest is not null && Distance(name.ToLowerInvariant(), closest.ToLowerInvariant()) <= Math.Max(2, name.Length / 3))
            return $"unknown property \"{name}\"; did you mean \"{closest}\"?";
        return $"unknown property \"{name}\"; the properties allowed here are {string.Join(", ", known)}.";
    }

    private static JsonDocument? TryParse(string json)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException)
        {
            // Broken further down the file: describe the first problem without quoting the value.
            return null;
        }
    }

    // "… Expected either ',', '}', or ']'. LineNumber: 2 | BytePositionInLine: 1." loses its position
    // suffix: the error already says the line, counting from 1 where the suffix counts from 0.
    private static string WithoutPosition(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var path = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (path >= 0 && (cut < 0 || path < cut))
            cut = path;
        return (cut >= 0 ? message[..cut] : message).TrimEnd();
    }

    // Levenshtein distance, for "did you mean": property names are short, so the plain table is enough.
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
