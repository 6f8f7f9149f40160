using System.Text;

namespace DiplomacySim.Harness.Running;

/// <summary>Which document a section belongs to.</summary>
public enum Document
{
    Benchmarks,
    Reliability,
}

/// <summary>What one drill or benchmark saw, as Markdown, with a one-line summary for the console.</summary>
public sealed record Section(Document Document, string Title, string Markdown, string Summary, bool Failed = false);

/// <summary>
/// Collects the sections of a run and writes docs/benchmarks.md and docs/reliability.md. A run of some
/// steps only (<c>--only</c>) replaces just their sections and keeps the others' figures as they were,
/// each still stamped with the run that measured it.
/// </summary>
public sealed class Report(HarnessOptions options, Machine machine, string command)
{
    private readonly List<Section> sections = [];

    public IReadOnlyList<Section> Sections => sections;

    public void Add(Section section)
    {
        section = section with { Markdown = Stamped(section.Markdown.TrimEnd()) };
        sections.Add(section);
        Console.WriteLine($"== {section.Title}: {section.Summary}");
    }

    /// <summary>Everything after this line in a document is written by people and kept by every run.</summary>
    public const string NotesMarker = "<!-- Notes below this line are kept by the harness when it rewrites the figures above. -->";

    public async Task WriteAsync()
    {
        Directory.CreateDirectory(options.Out);
        await WriteKeepingNotesAsync(Path.Combine(options.Out, "benchmarks.md"), shown => Render(Document.Benchmarks, "Benchmarks", """
            Figures from one run of the harness: each is a ratio to a reference measured in the same run, on the
            same machine, against the same PostgreSQL, so that a slower or busier machine moves both sides. They
            are measurements, not guarantees, and no test asserts them.
            """, shown), Document.Benchmarks);
        await WriteKeepingNotesAsync(Path.Combine(options.Out, "reliability.md"), shown => Render(Document.Reliability, "Reliability", """
            Drills from one run of the harness: each says what was done to the server and what was lost. The
            checks read the database directly, not through the API under test.
            """, shown), Document.Reliability);
    }

    private async Task WriteKeepingNotesAsync(string path, Func<IReadOnlyList<Section>, string> render, Document document)
    {
        var old = File.Exists(path) ? await File.ReadAllTextAsync(path) : "";
        var at = old.IndexOf(NotesMarker, StringComparison.Ordinal);
        var ran = sections.Where(s => s.Document == document).ToList();
        // A step that failed before left a section named after the step; its run now replaces that too.
        var all = options.Only is null ? ran : Merge([.. KeptSections(at < 0 ? old : old[..at], document).Where(k => !options.Only.Contains(k.Title))], ran);
        var figures = render(all);
        await File.WriteAllTextAsync(path, at < 0 ? figures : figures + old[at..]);
    }

    /// <summary>The old sections in their order, each replaced by this run's where it has one; new ones at the end.</summary>
    private static List<Section> Merge(List<Section> kept, List<Section> ran)
    {
        var merged = kept.Select(k => ran.FirstOrDefault(r => r.Title == k.Title) ?? k).ToList();
        merged.AddRange(ran.Where(r => kept.All(k => k.Title != r.Title)));
        return merged;
    }

    /// <summary>Reads the sections and summary lines an earlier run wrote, to keep those this run did not measure.</summary>
    private static List<Section> KeptSections(string figures, Document document)
    {
        var summaries = new Dictionary<string, string>(StringComparer.Ordinal);
        var found = new List<Section>();
        string? title = null;
        var body = new StringBuilder();
        void Close()
        {
            if (title is not null && title is not ("How this was produced" or "Summary"))
                found.Add(new Section(document, title, body.ToString().Trim(), ""));
            body.Clear();
        }
        foreach (var line in figures.Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Close();
                title = line[3..].Trim();
            }
            else if (title == "Summary" && line.StartsWith("| ", StringComparison.Ordinal) && line.IndexOf(" | ", 2, StringComparison.Ordinal) is var split and > 0)
            {
                summaries[line[2..split]] = line[(split + 3)..].TrimEnd().TrimEnd('|').TrimEnd().Replace("\\|", "|", StringComparison.Ordinal);
            }
            else
            {
                body.AppendLine(line.TrimEnd('\r'));
            }
        }
        Close();
        return [.. found.Select(s => s with { Summary = summaries.GetValueOrDefault(s.Title, "") })];
    }

    private const string StampPrefix = "_Measured in the run started ";

    /// <summary>A section says which run measured it; one kept from an earlier run keeps what it said.</summary>
    private string Stamped(string markdown) =>
        markdown + "\n\n" + StampPrefix + machine.Started.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " UTC._";

    private string Render(Document document, string title, string intro, IReadOnlyList<Section> shown)
    {
        var text = new StringBuilder();
        text.AppendLine($"# {title}").AppendLine().AppendLine(intro).AppendLine();
        text.AppendLine("## How this was produced").AppendLine();
        text.AppendLine("```sh").AppendLine(command).AppendLine("```").AppendLine();
        text.AppendLine(machine.Markdown()).AppendLine();
        if (options.Smoke)
            text.AppendLine("**A smoke run**: counts are tiny and the figures mean nothing; run without `--smoke` for real ones.").AppendLine();
        text.AppendLine("## Summary").AppendLine();
        text.AppendLine("| | result |").AppendLine("| --- | --- |");
        foreach (var section in shown)
            text.AppendLine($"| {section.Title} | {section.Summary.Replace("|", "\\|", StringComparison.Ordinal)} |");
        text.AppendLine();
        foreach (var section in shown)
            text.AppendLine($"## {section.Title}").AppendLine().AppendLine(section.Markdown.TrimEnd()).AppendLine();
        return text.ToString();
    }
}
