using System.Threading.Channels;
using DiplomacySim.Client.Contracts;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacySim.Client;

/// <summary>
/// A game's live events from the hub at <c>/hubs/game</c>, in seq order, each once. It remembers
/// the last seq it received and, whenever the connection comes back (after SignalR reconnects it,
/// or after <see cref="ResumeAsync"/>), joins again from there, so nothing is lost or repeated.
/// </summary>
public sealed class GameEventStream : IAsyncDisposable
{
    private readonly HubConnection connection;
    private readonly Channel<GameEvent> events = Channel.CreateUnbounded<GameEvent>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SemaphoreSlim joining = new(1, 1);
    private string? game;

    /// <param name="serverRoot">The server's root address (<c>http://localhost:5080/</c>).</param>
    /// <param name="accessToken">The bearer token, as from <see cref="DiplomacySimClient.AccessToken"/>.</param>
    /// <param name="configure">Transport settings, for example a test server's handler.</param>
    public GameEventStream(Uri serverRoot, string accessToken, Action<HttpConnectionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(serverRoot);
        ArgumentException.ThrowIfNullOrWhiteSpace(accessToken);
        connection = new HubConnectionBuilder()
            .WithUrl(new Uri(serverRoot, "hubs/game"), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(accessToken);
                configure?.Invoke(options);
            })
            .AddJsonProtocol(json => json.PayloadSerializerOptions = new(DiplomacySimJson.Options))
            .WithAutomaticReconnect()
            .Build();
        connection.On<GameEvent>("Event", Receive);
        // Automatic reconnection gives a new connection, which has joined nothing yet.
        connection.Reconnected += _ => RejoinAsync();
    }

    /// <summary>The events as they arrive, in seq order.</summary>
    public ChannelReader<GameEvent> Events => events.Reader;

    /// <summary>The seq of the last event received; joining again asks for what came after it.</summary>
    public long LastSeq { get; private set; }

    public HubConnectionState State => connection.State;

    /// <summary>Connects if needed and joins <paramref name="gameIdOrSlug"/>: first the events after <paramref name="afterSeq"/>, then live ones.</summary>
    public async Task JoinAsync(string gameIdOrSlug, long afterSeq = 0, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(gameIdOrSlug);
        await joining.WaitAsync(cancellationToken);
        try
        {
            game = gameIdOrSlug;
            LastSeq = afterSeq;
            if (connection.State == HubConnectionState.Disconnected)
                await connection.StartAsync(cancellationToken);
            await connection.InvokeAsync("JoinGame", game, LastSeq, cancellationToken);
        }
        finally
        {
            joining.Release();
        }
    }

    /// <summary>Drops the connection, as a lost network would; <see cref="ResumeAsync"/> picks up from <see cref="LastSeq"/>.</summary>
    public Task DisconnectAsync(CancellationToken cancellationToken = default) => connection.StopAsync(cancellationToken);

    /// <summary>Connects again and joins the same game after <see cref="LastSeq"/>.</summary>
    public async Task ResumeAsync(CancellationToken cancellationToken = default)
    {
        var joined = game ?? throw new InvalidOperationException("Join a game before resuming.");
        await JoinAsync(joined, LastSeq, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await connection.DisposeAsync();
        events.Writer.TryComplete();
        joining.Dispose();
    }

    private void Receive(GameEvent gameEvent)
    {
        // A resume may race an event already on its way; the seq tells.
        if (gameEvent.Seq <= LastSeq)
            return;
        LastSeq = gameEvent.Seq;
        events.Writer.TryWrite(gameEvent);
    }

    private async Task RejoinAsync()
    {
        if (game is null)
            return;
        await joining.WaitAsync();
        try
        {
            await connection.InvokeAsync("JoinGame", game, LastSeq);
        }
        finally
        {
            joining.Release();
        }
    }
}
