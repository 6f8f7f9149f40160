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

/// <summary>Collects the sections of a run and writes docs/benchmarks.md and docs/reliability.md.</summary>
public sealed class Report(HarnessOptions options, Machine machine, string command)
{
    private readonly List<Section> sections = [];

    public IReadOnlyList<Section> Sections => sections;

    public void Add(Section section)
    {
        sections.Add(section);
        Console.WriteLine($"== {section.Title}: {section.Summary}");
    }

    /// <summary>Everything after this line in a document is written by people and kept by every run.</summary>
    public const string NotesMarker = "<!-- Notes below this line are kept by the harness when it rewrites the figures above. -->";

    public async Task WriteAsync()
    {
        Directory.CreateDirectory(options.Out);
        await WriteKeepingNotesAsync(Path.Combine(options.Out, "benchmarks.md"), Render(Document.Benchmarks, "Benchmarks", """
            Figures from one run of the harness: each is a ratio to a reference measured in the same run, on the
            same machine, against the same PostgreSQL, so that a slower or busier machine moves both sides. They
            are measurements, not guarantees, and no test asserts them.
            """));
        await WriteKeepingNotesAsync(Path.Combine(options.Out, "reliability.md"), Render(Document.Reliability, "Reliability", """
            Drills from one run of the harness: each says what was done to the server and what was lost. The
            checks read the database directly, not through the API under test.
            """));
    }

    private async Task WriteKeepingNotesAsync(string path, string figures)
    {
        var old = File.Exists(path) ? await File.ReadAllTextAsync(path) : "";
        var at = old.IndexOf(NotesMarker, StringComparison.Ordinal);
        var document = figures.StartsWith("# Benchmarks", StringComparison.Ordinal) ? Document.Benchmarks : Document.Reliability;
        // A run of some steps only (--only) replaces those steps' sections and summary rows and keeps the
        // rest of the last full run's figures, each section saying when and how busy the machine was.
        if (options.Only is not null && at >= 0 && old.Contains("## Summary", StringComparison.Ordinal))
        {
            var ran = sections.Where(s => s.Document == document).ToList();
            if (ran.Count == 0)
                return;
            await File.WriteAllTextAsync(path, Splice(old[..at], ran) + old[at..]);
            return;
        }
        await File.WriteAllTextAsync(path, at < 0 ? figures : figures + old[at..]);
    }

    private string Splice(string figures, IReadOnlyList<Section> ran)
    {
        foreach (var section in ran)
        {
            var row = $"| {section.Title} | {section.Summary.Replace("|", "\\|", StringComparison.Ordinal)} (rerun alone {machine.Started:yyyy-MM-dd}) |";
            var rowAt = figures.IndexOf($"\n| {section.Title} |", StringComparison.Ordinal);
            if (rowAt >= 0)
            {
                var rowEnd = figures.IndexOf('\n', rowAt + 1);
                figures = figures[..(rowAt + 1)] + row + figures[rowEnd..];
            }
            else
            {
                var tableEnd = figures.IndexOf("\n\n", figures.IndexOf("| --- | --- |", StringComparison.Ordinal), StringComparison.Ordinal);
                figures = figures[..(tableEnd + 1)] + row + figures[tableEnd..];
            }

            var body = $"## {section.Title}\n\n{section.Markdown.TrimEnd()}\n\nThis section was rerun on its own (`{command} --only {string.Join(',', options.Only!)}`). {machine.Markdown().Trim()}\n\n";
            var heading = figures.IndexOf($"\n## {section.Title}\n", StringComparison.Ordinal);
            if (heading >= 0)
            {
                var next = figures.IndexOf("\n## ", heading + 1, StringComparison.Ordinal);
                figures = figures[..(heading + 1)] + body + (next < 0 ? "" : figures[(next + 1)..]);
            }
            else
            {
                figures = figures.TrimEnd() + "\n\n" + body;
            }
        }
        return figures;
    }

    private string Render(Document document, string title, string intro)
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
        foreach (var section in sections.Where(s => s.Document == document))
            text.AppendLine($"| {section.Title} | {section.Summary.Replace("|", "\\|", StringComparison.Ordinal)} |");
        text.AppendLine();
        foreach (var section in sections.Where(s => s.Document == document))
            text.AppendLine($"## {section.Title}").AppendLine().AppendLine(section.Markdown.TrimEnd()).AppendLine();
        return text.ToString();
    }
}
