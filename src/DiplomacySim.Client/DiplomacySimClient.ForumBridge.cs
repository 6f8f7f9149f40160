using DiplomacySim.Client.Contracts;

namespace DiplomacySim.Client;

public sealed partial class DiplomacySimClient
{
    /// <summary>Reads a forum post into a checked draft (<c>POST .../communiques/import</c>); nothing is stored.</summary>
    public Task<ImportedPost> ImportPostAsync(string game, string text, PostFormat format = PostFormat.Auto, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SendAsync<ImportedPost>(HttpMethod.Post, GamePath(game, "communiques/import"), new ImportRequest(text, format), cancellationToken);
    }

    /// <summary>A communique as forum text (<c>GET .../communiques/{id}/export</c>); 404 where the caller may not read it.</summary>
    public Task<string> ExportCommuniqueAsync(string game, Guid communique, ExportFormat format = ExportFormat.BBCode, CancellationToken cancellationToken = default) =>
        GetTextAsync(GamePath(game, $"communiques/{communique}/export" + Query(("format", FormatName(format)))), cancellationToken);

    /// <summary>An agreement as treaty text with numbered articles (<c>GET .../agreements/{id}/export</c>).</summary>
    public Task<string> ExportAgreementAsync(string game, Guid agreement, ExportFormat format = ExportFormat.BBCode, CancellationToken cancellationToken = default) =>
        GetTextAsync(GamePath(game, $"agreements/{agreement}/export" + Query(("format", FormatName(format)))), cancellationToken);

    private static string FormatName(ExportFormat format) => format == ExportFormat.BBCode ? "bbcode" : "markdown";
}
