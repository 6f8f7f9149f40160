using System.Text.Json;

namespace DiplomacySim.Server.Tests.Confidentiality;

/// <summary>A parameter of an OpenAPI operation: where it goes, whether it is required, and the values its schema lists.</summary>
internal sealed record RouteParameter(string Name, string In, bool Required, IReadOnlyList<string> Enum);

/// <summary>A GET operation of the OpenAPI document.</summary>
internal sealed record GetRoute(string Path, IReadOnlyList<RouteParameter> Parameters)
{
    public string Template => $"GET {Path}";
}

/// <summary>Reads every GET operation of the server's OpenAPI document, so that a new route joins the crawl by being in it.</summary>
internal static class OpenApiRoutes
{
    public static IReadOnlyList<GetRoute> Gets(JsonElement document)
    {
        var routes = new List<GetRoute>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var get))
                continue;
            var parameters = new Dictionary<(string, string), RouteParameter>();
            foreach (var source in new[] { path.Value, get })
            {
                if (!source.TryGetProperty("parameters", out var list))
                    continue;
                foreach (var parameter in list.EnumerateArray())
                {
                    var resolved = Resolve(document, parameter);
                    var name = resolved.GetProperty("name").GetString()!;
                    var at = resolved.GetProperty("in").GetString()!;
                    var required = resolved.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True;
                    var values = resolved.TryGetProperty("schema", out var schema) ? EnumValues(document, schema) : [];
                    parameters[(name, at)] = new RouteParameter(name, at, required || at == "path", values);
                }
            }
            // A path parameter the document forgot to describe is still in the template.
            foreach (var name in PathNames(path.Name).Where(n => !parameters.ContainsKey((n, "path"))))
                parameters[(name, "path")] = new RouteParameter(name, "path", true, []);
            routes.Add(new GetRoute(path.Name, [.. parameters.Values]));
        }
        return routes;
    }

    private static IEnumerable<string> PathNames(string path) =>
        path.Split('/').Where(s => s.StartsWith('{') && s.EndsWith('}')).Select(s => s[1..^1].Split(':')[0]);

    private static JsonElement Resolve(JsonElement document, JsonElement element)
    {
        if (!element.TryGetProperty("$ref", out var reference))
            return element;
        var target = document;
        foreach (var part in reference.GetString()!.TrimStart('#', '/').Split('/'))
            target = target.GetProperty(part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        return target;
    }

    /// <summary>The values an enum schema lists, through references and oneOf/anyOf/allOf.</summary>
    private static List<string> EnumValues(JsonElement document, JsonElement schema)
    {
        var resolved = Resolve(document, schema);
        var values = new List<string>();
        if (resolved.TryGetProperty("enum", out var listed))
            values.AddRange(listed.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!));
        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (resolved.TryGetProperty(combinator, out var parts))
                values.AddRange(parts.EnumerateArray().SelectMany(p => EnumValues(document, p)));
        }
        if (resolved.TryGetProperty("items", out var items))
            values.AddRange(EnumValues(document, items));
        return [.. values.Distinct(StringComparer.Ordinal)];
    }
}
