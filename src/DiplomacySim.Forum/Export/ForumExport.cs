using System.Globalization;
using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.Naming;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Forum.Export;

/// <summary>A sent communique as the export needs it.</summary>
public sealed record CommuniqueText(Ministry From, Ministry To, string Subject, Classification Classification, string Body, IReadOnlyList<Clause> Clauses, DateOnly InGameDate);

/// <summary>
/// Communiques and agreements as text to paste into a forum thread or a chat: a communique as a
/// letter with its header and numbered requests (which the importer reads back), an agreement as
/// treaty text with numbered articles.
/// </summary>
public static class ForumExport
{
    public static string Communique(CommuniqueText communique, ForumWorld world, ExportFormat format)
    {
        var marks = new Marks(format);
        string Nation(string code) => world.Nations.FirstOrDefault(n => n.Code == code)?.Name ?? code;
        var lines = new List<string>
        {
            $"{marks.Bold("From:")} {marks.Escape(communique.From.Title)}, {Nation(communique.From.Nation)}",
            $"{marks.Bold("To:")} {marks.Escape(communique.To.Title)}, {Nation(communique.To.Nation)}",
            $"{marks.Bold("Subject:")} {marks.Escape(communique.Subject)}",
            $"{marks.Bold("Classification:")} {Level(communique.Classification)}",
            marks.Italic(communique.InGameDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)),
            "",
            BodyMarkup.Write(communique.Body, marks),
        };
        if (communique.Clauses.Count > 0)
        {
            lines.Add("");
            lines.Add(marks.Bold("Requests"));
            lines.AddRange(marks.NumberedList([.. communique.Clauses.Select(c => marks.Escape(Sentence(c, communique.From.Nation, communique.To.Nation, world)))]));
        }
        return string.Join('\n', lines) + "\n";
    }

    public static string Treaty(Agreement agreement, ForumWorld world, ExportFormat format)
    {
        var marks = new Marks(format);
        string Nation(string code) => world.Nations.FirstOrDefault(n => n.Code == code)?.Name ?? code;
        var (requester, grantor) = (NationNames.InProse(Nation(agreement.Requester)), NationNames.InProse(Nation(agreement.Grantor)));
        var articles = new List<(string Title, string Text)>
        {
            ("Parties", $"This agreement is concluded between {requester} and {grantor} on {Date(agreement.ConcludedOn)}."),
            ("Terms", Sentence(agreement.Terms, agreement.Requester, agreement.Grantor, world).Replace(" requests ", " is granted ", StringComparison.Ordinal)),
        };
        if (agreement.Allocations.Count > 0)
        {
            var at = agreement.Allocations.Select(a => $"{world.Installations.FirstOrDefault(i => i.Id == a.Installation)?.Name ?? a.Installation.ToString()}: {a.Personnel:N0}");
            articles.Add(("Personnel", $"The personnel of {requester} are stationed as follows: {string.Join("; ", at)}."));
        }
        foreach (var host in agreement.Parties.Where(p => p.Role == PartyRole.ConsentingState))
            articles.Add(("Host state", $"{NationNames.AtStart(NationNames.InProse(Nation(host.Nation)))}'s consent: {Labels.InSentence(Labels.Of(host.Consent))}."));
        if (agreement.Ruling is { } ruling)
            articles.Add(("Ruling", ruling));
        articles.Add(("Entry into force", agreement.InForceSince is { } since
            ? $"This agreement entered into force on {Date(since)}."
            : $"This agreement is {Status(agreement.Status)}."));

        var lines = new List<string> { marks.Heading($"Agreement between {requester} and {grantor}"), marks.Italic(Describe(agreement.Kind)), "" };
        lines.AddRange(articles.Select((a, n) => $"{marks.Bold($"Article {n + 1} — {a.Title}.")} {marks.Escape(a.Text)}"));
        return string.Join('\n', lines) + "\n";
    }

    private static string Sentence(Clause clause, string requester, string grantor, ForumWorld world)
    {
        string Nation(string code) => world.Nations.FirstOrDefault(n => n.Code == code)?.Name is { } name ? NationNames.InProse(name) : code;
        string Installation(Guid id) => world.Installations.FirstOrDefault(i => i.Id == id)?.Name ?? id.ToString();
        return NationNames.AtStart(ClauseSentences.Write(clause, Nation(requester), Nation(grantor), Installation, Nation));
    }

    private static string Level(Classification classification) => Labels.Of(classification);

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Status(AgreementStatus status) => status switch
    {
        AgreementStatus.Vetoed => "vetoed and never entered into force",
        _ => Labels.InSentence(Labels.Of(status)),
    };

    private static string Describe(ClauseKind kind) => Labels.Of(kind);
}
