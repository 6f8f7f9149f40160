using DiplomacySim.Client;
using DiplomacySim.Client.Contracts;

namespace DiplomacySim.Server.Tests.Realtime;

/// <summary>Everything one hub connection receives, kept in arrival order, next to what the HTTP log says it may see.</summary>
internal sealed class Recorder : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly List<GameEvent> received = [];
    private readonly Task reading;

    private Recorder(string name, GameEventStream stream, DiplomacySimClient client)
    {
        Name = name;
        Stream = stream;
        Client = client;
        reading = Task.Run(async () =>
        {
            await foreach (var gameEvent in stream.Events.ReadAllAsync())
            {
                lock (received)
                    received.Add(gameEvent);
            }
        });
    }

    public string Name { get; }
    public GameEventStream Stream { get; }
    public DiplomacySimClient Client { get; }

    public IReadOnlyList<GameEvent> Received
    {
        get
        {
            lock (received)
                return [.. received];
        }
    }

    private long LastRecordedSeq
    {
        get
        {
            lock (received)
                return received.Count == 0 ? 0 : received[^1].Seq;
        }
    }

    public static async Task<Recorder> WatchAsync(DiplomacySimServer server, string userName, long afterSeq = 0)
    {
        var client = await server.SignInAsync(userName);
        var stream = server.EventStream(client.AccessToken!);
        var recorder = new Recorder(userName, stream, client);
        await stream.JoinAsync(TestWorld.Slug, afterSeq);
        return recorder;
    }

    /// <summary>Every event this user may see after <paramref name="after"/>, by the HTTP API, in seq order.</summary>
    public async Task<List<GameEvent>> VisibleAfterAsync(long after)
    {
        var all = new List<GameEvent>();
        while (true)
        {
            var page = await Client.GetEventsAsync(TestWorld.Slug, after, 1_000);
            all.AddRange(page);
            if (page.Count < 1_000)
                return all;
            after = page[^1].Seq;
        }
    }

    /// <summary>
    /// Waits until the connection has received every event the HTTP log shows this user after
    /// <paramref name="after"/>, then returns what it received after it.
    /// </summary>
    public async Task<List<GameEvent>> ReceivedEverythingAfterAsync(long after)
    {
        var expected = await VisibleAfterAsync(after);
        var last = expected.Count == 0 ? after : expected[^1].Seq;
        var deadline = DateTime.UtcNow + Patience;
        // What this recorder has taken from the stream, not the stream's LastSeq: the stream counts an
        // event as soon as it arrives, a moment before the reading task records it.
        while (expected.Count > 0 && LastRecordedSeq < last && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        var got = Received.Where(e => e.Seq > after).ToList();
        got.Select(e => e.Seq).ShouldBe(expected.Select(e => e.Seq), $"{Name} should receive exactly the events it may see, in order");
        return got;
    }

    /// <summary>Waits until the connection has received event <paramref name="seq"/> or a later one, then returns all it received.</summary>
    public async Task<IReadOnlyList<GameEvent>> ReceivedUpToAsync(long seq)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (LastRecordedSeq < seq && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        Received.ShouldContain(e => e.Seq >= seq, $"{Name} should have received event {seq}");
        return Received;
    }

    public async ValueTask DisposeAsync()
    {
        await Stream.DisposeAsync();
        await reading;
    }
}
