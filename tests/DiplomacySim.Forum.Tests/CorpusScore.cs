using System.Text.Json;
using DiplomacySim.Domain.Clauses;

namespace DiplomacySim.Forum.Tests;

/// <summary>
/// How one post was read against its expected reading: header fields and clauses (for a reply, its
/// answers) counted as expected, read and right, with what went wrong.
/// </summary>
internal sealed record CorpusScore(CorpusPost Post, Tally Clauses, Tally Header, List<string> Problems)
{
    /// <summary>The clauses (or answers) whose kind was found, whatever their terms: where a reading goes wrong, finding or terms.</summary>
    public Tally Kinds { get; init; } = new();

    private static readonly string[] HeaderFields = ["sender", "recipient", "subject", "classification", "inReplyToSubject"];

    /// <param name="answered">The clauses read from the post a reply answers, as the server finds them.</param>
    public static CorpusScore Of(CorpusPost post, IReadOnlyList<Clause>? answered)
    {
        var result = ForumImporter.Import(post.Text, ForumFormat.Auto, CorpusWorld.On(post.PostedOn), answered);
        var problems = new List<string>();
        var header = post.Expected.GetProperty("header");
        var read = new Dictionary<string, string?>
        {
            ["sender"] = Reference(result.Draft.FromMinistry),
            ["recipient"] = Reference(result.Draft.ToMinistry),
            ["subject"] = result.Draft.Subject,
            ["classification"] = result.Draft.Classification.ToString().ToLowerInvariant(),
            ["inReplyToSubject"] = result.InReplyToSubject,
        };
        var headerTally = new Tally();
        foreach (var field in HeaderFields.Where(f => header.TryGetProperty(f, out _) || read[f] is not null))
        {
            var want = header.TryGetProperty(field, out var w) && w.ValueKind != JsonValueKind.Null ? w.GetString() : null;
            var got = read[field];
            headerTally = headerTally.Add(want is not null, got is not null, want is not null && want == got);
            if (want != got)
                problems.Add($"{field}: read \"{got}\", expected \"{want}\"");
        }
        var isReply = post.Expected.TryGetProperty("responses", out var responses);
        var clauses = isReply ? ReadAnswers(result, responses, problems) : ReadClauses(result, post.Expected, problems);
        var wantedKinds = (isReply ? responses.EnumerateArray().Select(r => r.GetProperty("answers").GetString()!) : post.Expected.GetProperty("clauses").EnumerateArray().Select(c => c.GetProperty("kind").GetString()!))
            .Select(k => Enum.Parse<ClauseKind>(k, ignoreCase: true)).ToList();
        var readKinds = (isReply ? result.Responses.Select(r => r.Answers) : result.Draft.Clauses.Select(c => c.Kind)).ToList();
        var found = wantedKinds.Count(k => readKinds.Remove(k));
        return new CorpusScore(post, clauses, headerTally, problems) { Kinds = new Tally(wantedKinds.Count, found + readKinds.Count, found) };
    }

    private static Tally ReadClauses(ImportResult result, JsonElement expected, List<string> problems)
    {
        var wanted = expected.GetProperty("clauses").EnumerateArray().ToList();
        var (matched, missed, extra) = ExpectedReading.Pair(result.Draft.Clauses, wanted, CorpusWorld.InstallationId);
        foreach (var miss in missed)
        {
            var near = result.Draft.Clauses.FirstOrDefault(c => c.Kind == ExpectedReading.Kind(miss));
            problems.Add(near is null ? $"missed {miss}" : $"wrong terms: {string.Join("; ", ExpectedReading.Differences(near, miss, CorpusWorld.InstallationId))}");
        }
        problems.AddRange(extra.Select(c => $"extra {c.Kind}: {JsonSerializer.Serialize(c)}"));
        return new Tally(wanted.Count, result.Draft.Clauses.Count, matched);
    }

    // A reply's answers: each expected answer (kind, decision and a counter's terms) against those read.
    private static Tally ReadAnswers(ImportResult result, JsonElement expected, List<string> problems)
    {
        var left = result.Responses.ToList();
        var wanted = expected.EnumerateArray().ToList();
        var matched = 0;
        foreach (var want in wanted)
        {
            var kind = Enum.Parse<ClauseKind>(want.GetProperty("answers").GetString()!, ignoreCase: true);
            var decision = Enum.Parse<ReplyDecision>(want.GetProperty("decision").GetString()!, ignoreCase: true);
            var hit = left.FindIndex(r => r.Answers == kind && r.Decision == decision
                && (!want.TryGetProperty("counter", out var counter) || (r.Counter is not null && ExpectedReading.Differences(r.Counter, counter, CorpusWorld.InstallationId).Count == 0)));
            if (hit < 0)
            {
                problems.Add($"missed answer {want}; read {string.Join(", ", result.Responses.Select(r => $"{r.Answers}:{r.Decision} {JsonSerializer.Serialize(r.Counter)}"))}");
                continue;
            }
            left.RemoveAt(hit);
            matched++;
        }
        problems.AddRange(left.Select(r => $"extra answer {r.Answers}:{r.Decision}"));
        problems.AddRange(result.Draft.Clauses.Select(c => $"extra clause in a reply: {c.Kind}"));
        return new Tally(wanted.Count, result.Responses.Count + result.Draft.Clauses.Count, matched);
    }

    private static string? Reference(Guid? ministry) =>
        CorpusWorld.Ministries.FirstOrDefault(m => m.Id == ministry) is { } m ? $"{m.Nation} / {Spaced(m.Kind.ToString())}" : null;

    private static string Spaced(string kind) => string.Concat(kind.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + c : c.ToString()));
}

/// <summary>Items expected, read, and read right: recall is right over expected, precision right over read.</summary>
internal readonly record struct Tally(int Expected, int Read, int Right)
{
    public Tally Add(bool expected, bool read, bool right) => new(Expected + (expected ? 1 : 0), Read + (read ? 1 : 0), Right + (right ? 1 : 0));

    public static Tally operator +(Tally a, Tally b) => new(a.Expected + b.Expected, a.Read + b.Read, a.Right + b.Right);

    public double Recall => Expected == 0 ? 1 : (double)Right / Expected;
    public double Precision => Read == 0 ? 1 : (double)Right / Read;
}
