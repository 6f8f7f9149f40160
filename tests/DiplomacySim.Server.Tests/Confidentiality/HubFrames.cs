using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace DiplomacySim.Server.Tests.Confidentiality;

/// <summary>
/// One hub connection that keeps every <c>Event</c> frame's text as it arrived (not read into a
/// type, so that a field no contract names is still seen), and the hub's message when it refused.
/// </summary>
internal sealed class HubFrames : IAsyncDisposable
{
    private readonly HubConnection connection;
    private readonly List<string> frames = [];
    private DateTime lastFrameAt = DateTime.UtcNow;

    private HubFrames(DiplomacySimServer server, string? accessToken)
    {
        connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.Server.BaseAddress, "hubs/game"), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                if (accessToken is not null)
                    options.AccessTokenProvider = () => Task.FromResult<string?>(accessToken);
                options.HttpMessageHandlerFactory = _ => server.Server.CreateHandler();
                options.WebSocketFactory = async (context, cancellationToken) =>
                {
                    var webSocket = server.Server.CreateWebSocketClient();
                    if (accessToken is not null)
                        webSocket.ConfigureRequest = request => request.Headers.Authorization = $"Bearer {accessToken}";
                    return await webSocket.ConnectAsync(context.Uri, cancellationToken);
                };
            })
            .Build();
        connection.On<JsonElement>("Event", frame =>
        {
            lock (frames)
            {
                frames.Add(frame.GetRawText());
                lastFrameAt = DateTime.UtcNow;
            }
        });
    }

    /// <summary>What the connection was for ("live", "catch-up"), and the game it asked for.</summary>
    public string Kind { get; private init; } = "";

    public string Game { get; private init; } = "";

    /// <summary>The hub's (or the negotiation's) message when it refused the connection or the join; null when joined.</summary>
    public string? Refusal { get; private set; }

    public IReadOnlyList<string> Frames
    {
        get
        {
            lock (frames)
                return [.. frames];
        }
    }

    /// <summary>Connects and joins <paramref name="game"/> after <paramref name="afterSeq"/>; a refusal is recorded, not thrown.</summary>
    public static async Task<HubFrames> JoinAsync(DiplomacySimServer server, string? accessToken, string kind, string game, long afterSeq = 0)
    {
        var hub = new HubFrames(server, accessToken) { Kind = kind, Game = game };
        try
        {
            await hub.connection.StartAsync();
            await hub.connection.InvokeAsync("JoinGame", game, afterSeq);
        }
#pragma warning disable CA1031 // Whatever refused the caller, its message is what the crawl reads.
        catch (Exception refused)
#pragma warning restore CA1031
        {
            hub.Refusal = $"{refused.GetType().Name}: {refused.Message}";
        }
        return hub;
    }

    /// <summary>Waits until no frame has arrived for <paramref name="quiet"/> (at most <paramref name="patience"/>).</summary>
    public async Task SettleAsync(TimeSpan quiet, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < deadline)
        {
            DateTime last;
            lock (frames)
                last = lastFrameAt;
            if (DateTime.UtcNow - last >= quiet)
                return;
            await Task.Delay(50);
        }
    }

    /// <summary>The frames and the refusal as observations for the scanner.</summary>
    public IEnumerable<Observation> Observations()
    {
        var route = $"hub JoinGame({Game}) {Kind}";
        if (Refusal is not null)
            yield return new Observation($"{route}: refusal", $"{route} refusal", Game, null, Refusal);
        foreach (var frame in Frames)
        {
            var (seq, type) = Describe(frame);
            yield return new Observation($"{route} frame seq {seq} {type}", $"{route} frame {type}", Game, null, frame);
        }
    }

    /// <summary>How many frames of each type, for a reader checking that the crawl saw anything.</summary>
    public static (long Seq, string Type) Describe(string frame)
    {
        try
        {
            using var document = JsonDocument.Parse(frame);
            var root = document.RootElement;
            var seq = root.TryGetProperty("seq", out var s) && s.TryGetInt64(out var n) ? n : -1;
            var type = root.TryGetProperty("type", out var t) ? t.GetString() ?? "?" : "?";
            return (seq, type);
        }
        catch (JsonException)
        {
            return (-1, "unreadable");
        }
    }

    public async ValueTask DisposeAsync() => await connection.DisposeAsync();
}
