using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;

namespace DiplomacySim.Harness.Benchmarks;

/// <summary>
/// Raw WebSocket clients that only count what arrives, the same on both sides of a fan-out
/// comparison, so that the client's cost is equal and small. For the hub they speak just enough of
/// SignalR's JSON protocol to join a game.
/// </summary>
public sealed class CountingClients : IAsyncDisposable
{
    private readonly List<ClientWebSocket> sockets = [];
    private readonly List<Task> readers = [];
    private readonly CancellationTokenSource stop = new();
    private readonly byte[] marker;
    private long count;
    private long first = long.MaxValue;
    private long last;

    private static readonly byte[] SeqField = Encoding.UTF8.GetBytes("\"seq\":");
    private const byte RecordSeparator = 0x1e;

    private CountingClients(string marker) => this.marker = Encoding.UTF8.GetBytes(marker);

    /// <summary>Called for every counted message with the client's index, the event's seq and when it arrived.</summary>
    public Action<int, long, long>? OnEvent { get; set; }

    public long Count => Interlocked.Read(ref count);

    /// <summary>Messages per second between the first arrival and the last, over every client.</summary>
    public double Throughput => Count / Math.Max(1e-9, Stopwatch.GetElapsedTime(Interlocked.Read(ref first), Interlocked.Read(ref last)).TotalSeconds);

    public int Open => sockets.Count;

    /// <summary>How long a storm's client waits for one attempt (connect, handshake, join) before it gives up and retries.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(15);

    public static async Task<CountingClients> ConnectAsync(Uri uri, int clients, string marker, string? joinFrame, int batch = 100)
    {
        var counting = new CountingClients(marker);
        await counting.AddAsync(uri, clients, joinFrame, batch);
        return counting;
    }

    /// <summary>Opens (and joins) more clients, <paramref name="batch"/> at a time.</summary>
    public async Task AddAsync(Uri uri, int clients, string? joinFrame, int batch = 100) =>
        await AddAsync(clients, _ => (uri, joinFrame), batch);

    /// <summary>
    /// Opens <paramref name="clients"/> all at once, each retrying after a short random pause when its
    /// attempt fails (refused, reset, or no answer within <see cref="AttemptTimeout"/>), as a reconnecting client does; gives up at the deadline.
    /// An attempt that times out is abandoned (its socket closed), so a client joins at most once.
    /// Returns how many attempts failed on the way, the first failure's message, and when each client
    /// that joined had joined, from the start.
    /// </summary>
    public async Task<(int Failures, string? First, IReadOnlyList<TimeSpan> Joined)> StormAsync(Uri uri, int clients, string? joinFrame, TimeSpan deadline)
    {
        var clock = Stopwatch.StartNew();
        var failures = 0;
        string? first = null;
        var joined = new List<TimeSpan>();
        await Task.WhenAll(Enumerable.Range(sockets.Count, clients).Select(async i =>
        {
            var random = new Random(i);
            while (clock.Elapsed < deadline)
            {
                try
                {
                    using var attempt = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
                    // As long as SignalR's clients wait for a handshake (HubConnection.HandshakeTimeout, 15 s).
                    attempt.CancelAfter(AttemptTimeout);
                    await OpenAsync(i, uri, joinFrame, attempt.Token);
                    lock (joined)
                        joined.Add(clock.Elapsed);
                    return;
                }
                catch (Exception e) when (e is WebSocketException or HttpRequestException or OperationCanceledException or TimeoutException)
                {
                    Interlocked.Increment(ref failures);
                    Interlocked.CompareExchange(ref first, $"{e.GetType().Name}: {e.Message}", null);
                    await Task.Delay(100 + random.Next(400));
                }
            }
        }));
        joined.Sort();
        return (failures, first, joined);
    }

    /// <summary>Opens clients whose address and join frame depend on their index (a game each, say).</summary>
    public async Task AddAsync(int clients, Func<int, (Uri Uri, string? JoinFrame)> target, int batch = 100)
    {
        var first = sockets.Count;
        foreach (var group in Enumerable.Range(first, clients).Chunk(batch))
            await Task.WhenAll(group.Select(i => OpenAsync(i, target(i).Uri, target(i).JoinFrame)));
    }

    public void Reset()
    {
        Interlocked.Exchange(ref count, 0);
        Interlocked.Exchange(ref first, long.MaxValue);
        Interlocked.Exchange(ref last, 0);
    }

    public async Task<bool> WaitForAsync(long expected, TimeSpan patience)
    {
        var clock = Stopwatch.StartNew();
        while (Count < expected && clock.Elapsed < patience)
            await Task.Delay(50);
        return Count >= expected;
    }

    private async Task OpenAsync(int index, Uri uri, string? joinFrame, CancellationToken cancel = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stop.Token, cancel);
        var token = linked.Token;
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(uri, token);
            if (joinFrame is not null)
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}\u001e"), WebSocketMessageType.Text, true, token);
                await ReceiveOneAsync(socket, token);
                await socket.SendAsync(Encoding.UTF8.GetBytes(joinFrame + "\u001e"), WebSocketMessageType.Text, true, token);
                // The join's completion (type 3) says the subscription is in place.
                string reply;
                while (!(reply = await ReceiveOneAsync(socket, token)).Contains("\"type\":3", StringComparison.Ordinal))
                {
                    if (reply.Contains("\"type\":7", StringComparison.Ordinal))
                        throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely, "The hub closed the connection: " + reply.TrimEnd('\u001e'));
                }
                if (reply.Contains("\"error\"", StringComparison.Ordinal))
                    throw new WebSocketException(WebSocketError.Faulted, "The join failed: " + reply.TrimEnd('\u001e'));
            }
        }
        catch
        {
            // A failed or abandoned attempt gives its socket (a file descriptor on each side) back at once.
            socket.Abort();
            socket.Dispose();
            throw;
        }
        lock (sockets)
        {
            sockets.Add(socket);
            readers.Add(Task.Run(() => ReadAsync(index, socket)));
        }
    }

    private static async Task<string> ReceiveOneAsync(ClientWebSocket socket, CancellationToken token)
    {
        var buffer = new byte[8192];
        var text = new StringBuilder();
        ValueWebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer.AsMemory(), token);
            if (result.MessageType == WebSocketMessageType.Close)
                throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely, "The server closed the connection before the join completed.");
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
        while (!result.EndOfMessage);
        return text.ToString();
    }

    private async Task ReadAsync(int index, ClientWebSocket socket)
    {
        var buffer = new byte[16 * 1024];
        var kept = 0;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer.AsMemory(kept), stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                    return;
                // SignalR writes several records as one WebSocket message when they queue up, in frames
                // that may cut a record in two: look only at whole records (up to the last separator, or
                // the message's end) and keep the rest for the next receive, so no marker is missed.
                var received = buffer.AsSpan(0, kept + result.Count);
                var end = result.EndOfMessage ? received.Length : received.LastIndexOf(RecordSeparator) + 1;
                if (end == 0 && received.Length == buffer.Length)
                    end = received.Length; // one record larger than the buffer: count what is there
                var whole = received[..end];
                var seen = Occurrences(whole);
                var now = Stopwatch.GetTimestamp();
                if (seen > 0 && OnEvent is { } onEvent)
                    foreach (var seq in Seqs(whole))
                        onEvent(index, seq, now);
                received[end..].CopyTo(buffer);
                kept = received.Length - end;
                if (seen == 0)
                    continue;
                Interlocked.Add(ref count, seen);
                InterlockedMin(ref first, now);
                InterlockedMax(ref last, now);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Closed by the benchmark or the server.
        }
    }

    private int Occurrences(ReadOnlySpan<byte> data)
    {
        var n = 0;
        for (int at; (at = data.IndexOf(marker)) >= 0; data = data[(at + marker.Length)..])
            n++;
        return n;
    }

    private List<long> Seqs(ReadOnlySpan<byte> data)
    {
        var seqs = new List<long>();
        for (int at; (at = data.IndexOf(SeqField)) >= 0;)
        {
            data = data[(at + SeqField.Length)..];
            long seq = 0;
            var i = 0;
            for (; i < data.Length && data[i] is >= (byte)'0' and <= (byte)'9'; i++)
                seq = seq * 10 + (data[i] - '0');
            seqs.Add(seq);
            data = data[i..];
        }
        return seqs;
    }

    private static void InterlockedMin(ref long target, long value)
    {
        for (long seen; value < (seen = Interlocked.Read(ref target));)
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
                return;
    }

    private static void InterlockedMax(ref long target, long value)
    {
        for (long seen; value > (seen = Interlocked.Read(ref target));)
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
                return;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        foreach (var socket in sockets)
            socket.Abort();
        await Task.WhenAll(readers);
        foreach (var socket in sockets)
            socket.Dispose();
        stop.Dispose();
    }
}
