using System.Globalization;
using DiplomacySim.Client.Contracts;

namespace DiplomacySim.Client;

public sealed partial class DiplomacySimClient
{
    /// <summary>The header that makes a retried send return the first result instead of a second copy.</summary>
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>Every rule the draft breaks (<c>POST .../communiques/check</c>); nothing is stored.</summary>
    public Task<CheckResult> CheckCommuniqueAsync(string game, CommuniqueDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return SendAsync<CheckResult>(HttpMethod.Post, GamePath(game, "communiques/check"), draft, cancellationToken);
    }

    /// <summary>
    /// Sends a communique (<c>POST .../communiques</c>). Give an <paramref name="idempotencyKey"/> to retry
    /// safely after a lost answer: the server returns the first result for the same key.
    /// </summary>
    public Task<SendResult> SendCommuniqueAsync(string game, CommuniqueDraft draft, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var headers = idempotencyKey is null ? null : new Dictionary<string, string> { [IdempotencyKeyHeader] = idempotencyKey };
        return SendAsync<SendResult>(HttpMethod.Post, GamePath(game, "communiques"), draft, headers, cancellationToken);
    }

    /// <summary>The communiques the caller may see, newest first (<c>GET .../communiques?box=&amp;limit=</c>).</summary>
    public Task<IReadOnlyList<CommuniqueView>> ListCommuniquesAsync(string game, Box box = Box.All, int? limit = null, CancellationToken cancellationToken = default) =>
        SendAsync<IReadOnlyList<CommuniqueView>>(HttpMethod.Get, GamePath(game, "communiques" + Query(("box", box == Box.All ? null : Name(box)), ("limit", Number(limit)))), body: null, cancellationToken);

    /// <summary>One communique (<c>GET .../communiques/{id}</c>); 404 when it does not exist or the caller may not see it.</summary>
    public Task<CommuniqueView> GetCommuniqueAsync(string game, Guid id, CancellationToken cancellationToken = default) =>
        SendAsync<CommuniqueView>(HttpMethod.Get, GamePath(game, $"communiques/{id}"), body: null, cancellationToken);

    /// <summary>Answers clauses of a communique (<c>POST .../communiques/{id}/responses</c>); all answers or none are recorded.</summary>
    public Task<ResponseResult> RespondAsync(string game, Guid communique, ResponseDraft response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        return SendAsync<ResponseResult>(HttpMethod.Post, GamePath(game, $"communiques/{communique}/responses"), response, cancellationToken);
    }

    /// <summary>A query string of the parameters that have a value: <c>?box=inbox&amp;limit=50</c>, or empty.</summary>
    internal static string Query(params (string Name, string? Value)[] parameters)
    {
        var given = parameters.Where(p => p.Value is not null).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}").ToList();
        return given.Count == 0 ? "" : "?" + string.Join("&", given);
    }

    private static string? Number(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Name<T>(T value)
        where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
