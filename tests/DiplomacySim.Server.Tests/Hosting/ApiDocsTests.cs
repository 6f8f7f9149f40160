using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using DiplomacySim.Domain.Clauses;

namespace DiplomacySim.Server.Tests.Hosting;

/// <summary>docs/api.md keeps up with the server: every route of its OpenAPI document, every clause kind and its terms.</summary>
public sealed class ApiDocsTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    private static readonly string Docs = File.ReadAllText(Repository.PathOf("docs", "api.md"));

    [Fact]
    public async Task EveryRouteOfTheOpenApiDocument_IsInTheApiDocs()
    {
        using var http = server.CreateClient();
        using var document = JsonDocument.Parse(await http.GetStringAsync("/openapi/v1.json"));
        var routes = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name}"))
            .ToList();

        routes.Count.ShouldBeGreaterThan(30);
        // Written as `GET /api/games/{game}/communiques` in a table, perhaps with its query after it.
        routes.Where(route => !Regex.IsMatch(Docs, "`" + Regex.Escape(route) + "[`?]"))
            .ShouldBeEmpty("routes the server has and docs/api.md does not describe");
    }

    [Fact]
    public void EveryClauseKind_HasItsSection_NamingEachOfItsTerms()
    {
        foreach (var kind in ClauseKinds.All)
        {
            var heading = $"### `{kind.Name}`";
            Docs.ShouldContain(heading);
            var section = Docs[Docs.IndexOf(heading, StringComparison.Ordinal)..];
            section = section[heading.Length..(section.IndexOf("\n##", heading.Length, StringComparison.Ordinal) is var end and > 0 ? end : section.Length)];
            var terms = kind.Terms.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]);
            terms.Where(term => !section.Contains($"`{term}`", StringComparison.Ordinal))
                .ShouldBeEmpty($"terms of {kind.Name} that its section does not name");
        }
    }
}
