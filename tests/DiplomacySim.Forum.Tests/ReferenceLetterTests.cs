using System.Text.Json;
using DiplomacySim.Domain.Clauses;

namespace DiplomacySim.Forum.Tests;

/// <summary>
/// The letter the design comes from, read from ../shared/corpus as a player pastes it: its header,
/// its five requests with their terms spread over several sentences, and nothing from its narrative.
/// </summary>
public sealed class ReferenceLetterTests
{
    private static readonly ForumWorld World = CorpusWorld.On(new DateOnly(2018, 10, 3));

    private static (ImportResult Result, JsonElement Expected) Read()
    {
        var post = SharedCorpus.Read("reference-letter.txt");
        var expected = JsonDocument.Parse(SharedCorpus.Read("reference-letter.expected.json")).RootElement;
        return (ForumImporter.Import(post, ForumFormat.Auto, World), expected);
    }

    [Fact]
    public void TheHeader_IsRead()
    {
        var (result, expected) = Read();
        var header = expected.GetProperty("header");

        result.Draft.FromMinistry.ShouldBe(CorpusWorld.Ministry(header.GetProperty("sender").GetString()!).Id);
        result.Draft.ToMinistry.ShouldBe(CorpusWorld.Ministry(header.GetProperty("recipient").GetString()!).Id);
        result.Draft.Subject.ShouldBe(header.GetProperty("subject").GetString());
        result.Draft.Classification.ToString().ShouldBe(header.GetProperty("classification").GetString(), StringCompareShould.IgnoreCase);
    }

    [Fact]
    public void TheFiveRequests_AreReadWithTheirTerms()
    {
        var (result, expected) = Read();
        var wanted = expected.GetProperty("clauses").EnumerateArray().ToList();

        var (matched, missed, _) = ExpectedReading.Pair(result.Draft.Clauses, wanted, CorpusWorld.InstallationId);

        missed.ShouldBeEmpty(string.Join("; ", missed.Select(m => m.ToString()).Concat(result.Draft.Clauses.SelectMany(c => wanted.Where(w => ExpectedReading.Kind(w) == c.Kind).SelectMany(w => ExpectedReading.Differences(c, w, CorpusWorld.InstallationId))))));
        matched.ShouldBe(5);
    }

    [Fact]
    public void TheNarrative_YieldsNothingMore()
    {
        var (result, expected) = Read();
        var (_, _, extra) = ExpectedReading.Pair(result.Draft.Clauses, expected.GetProperty("clauses").EnumerateArray(), CorpusWorld.InstallationId);

        // The letter's own notes allow its offers of cooperation and investment to be read; nothing else.
        extra.ShouldAllBe(c => c.Kind == ClauseKind.Cooperation || c.Kind == ClauseKind.Investment);
        result.Draft.Clauses.Count(c => c.Kind == ClauseKind.BasingRights).ShouldBe(1);
    }
}
