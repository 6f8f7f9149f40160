using System.Text.Json;
using System.Text.Json.Serialization;
using DiplomacySim.Domain.Clauses;

namespace DiplomacySim.Forum.Tests;

/// <summary>
/// Every example post of the design yields its expected header and clauses (or, for the reply, its
/// answers). An expected clause lists only the terms the post states; those are compared.
/// </summary>
public sealed class ExampleTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    private static readonly Dictionary<string, DateOnly> PostedOn = new()
    {
        ["01-kaz-mng-letterhead"] = new(2019, 3, 14),
        ["02-chl-arg-bbcode"] = new(2019, 5, 1),
        ["03-ind-phl-note-verbale"] = new(2019, 10, 21),
        ["04-mng-kaz-reply-markdown"] = new(2019, 3, 20),
    };

    public static TheoryData<string> Examples() => [.. PostedOn.Keys];

    [Theory]
    [MemberData(nameof(Examples))]
    public void TheExample_YieldsItsHeader(string example)
    {
        var (result, expected) = Import(example);

        result.Draft.ToMinistry.ShouldBe(Ministry(expected.GetProperty("recipient").GetString()!));
        result.Draft.FromMinistry.ShouldBe(Ministry(expected.GetProperty("sender").GetString()!));
        result.Draft.Classification.ToString().ShouldBe(expected.GetProperty("classification").GetString(), StringCompareShould.IgnoreCase);
        if (expected.TryGetProperty("subject", out var subject))
            result.Draft.Subject.ShouldBe(subject.ValueKind == JsonValueKind.Null ? null : subject.GetString());
        if (expected.TryGetProperty("inReplyToSubject", out var replyTo))
            result.InReplyToSubject.ShouldBe(replyTo.GetString());
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void TheExample_YieldsItsClausesWithTheirTerms(string example)
    {
        var (result, expected) = Import(example);
        if (!expected.TryGetProperty("clauses", out var clauses))
            return;

        result.Draft.Clauses.Select(c => c.Kind).ShouldBe([.. clauses.EnumerateArray().Select(c => Kind(c.GetProperty("kind").GetString()!))]);
        foreach (var (clause, want) in result.Draft.Clauses.Zip(clauses.EnumerateArray()))
            ShouldMatch(clause, want);
        result.ClauseSources.Select(s => s.ClauseIndex).ShouldBe(Enumerable.Range(0, result.Draft.Clauses.Count));
    }

    [Fact]
    public void TheReply_AnswersEachClauseOfTheLetter_AndCountersTheBase()
    {
        var letter = Import("01-kaz-mng-letterhead").Result.Draft.Clauses;
        var (reply, expected) = Import("04-mng-kaz-reply-markdown", letter);

        var want = expected.GetProperty("responses").EnumerateArray().ToList();
        reply.Responses.Select(r => (r.Answers, r.Decision)).ShouldBe([.. want.Select(w => (Kind(w.GetProperty("answers").GetString()!), Enum.Parse<ReplyDecision>(w.GetProperty("decision").GetString()!, ignoreCase: true)))]);
        reply.Responses.Select(r => r.ClauseIndex).ShouldBe([0, 1, 2, 3]);
        ShouldMatch(reply.Responses[0].Counter.ShouldNotBeNull(), want[0].GetProperty("counter"));
        reply.Draft.Clauses.ShouldBeEmpty();
    }

    [Fact]
    public void EachClauseSource_PointsAtTheTextItCameFrom()
    {
        var post = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", "03-ind-phl-note-verbale.txt"));

        var result = ForumImporter.Import(post, ForumFormat.Auto, ExampleWorld.On(PostedOn["03-ind-phl-note-verbale"]));

        post.Substring(result.ClauseSources[0].Start, result.ClauseSources[0].Length).ShouldStartWith("That vessels of the Indian Navy");
        post.Substring(result.ClauseSources[2].Start, result.ClauseSources[2].Length).ShouldContain("visit Manila");
        result.ClauseSources.ShouldAllBe(s => s.Confidence > 0 && s.Confidence <= 1);
    }

    private static (ImportResult Result, JsonElement Expected) Import(string example, IReadOnlyList<Clause>? answering = null)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Examples");
        var post = File.ReadAllText(Directory.GetFiles(folder, example + ".*").Single(f => !f.EndsWith(".json", StringComparison.Ordinal)));
        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, example + ".expected.json"))).RootElement;
        return (ForumImporter.Import(post, ForumFormat.Auto, ExampleWorld.On(PostedOn[example]), answering), expected);
    }

    private static Guid Ministry(string reference) => ExampleWorld.ForeignMinistry(reference.Split(" / ")[0]).Id;

    private static ClauseKind Kind(string kind) => Enum.Parse<ClauseKind>(kind, ignoreCase: true);

    // Each term the expected clause lists, compared with the clause read; names of installations become ids.
    private static void ShouldMatch(Clause clause, JsonElement want)
    {
        var got = JsonSerializer.SerializeToElement(clause, Json);
        foreach (var term in want.EnumerateObject().Where(t => t.Name != "kind"))
        {
            var value = got.GetProperty(term.Name);
            if (term.Name == "installations")
                value.EnumerateArray().Select(v => v.GetGuid()).ShouldBe(term.Value.EnumerateArray().Select(v => ExampleWorld.InstallationId(v.GetString()!)), $"{clause.Kind}.installations");
            else if (term.Value.ValueKind == JsonValueKind.Array)
                value.EnumerateArray().Select(v => v.ToString()).ShouldBe(term.Value.EnumerateArray().Select(v => v.ToString()), ignoreOrder: true, $"{clause.Kind}.{term.Name}");
            else if (term.Value.ValueKind == JsonValueKind.Number)
                value.GetDecimal().ShouldBe(term.Value.GetDecimal(), $"{clause.Kind}.{term.Name}");
            else
                value.ToString().ShouldBe(term.Value.ToString(), $"{clause.Kind}.{term.Name}");
        }
    }
}
