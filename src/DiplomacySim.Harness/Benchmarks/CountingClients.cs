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

    private CountingClients(string marker) => this.marker = Encoding.UTF8.GetBytes(marker);

    public long Count => Interlocked.Read(ref count);

    /// <summary>Messages per second between the first arrival and the last, over every client.</summary>
    public double Throughput => Count / Math.Max(1e-9, Stopwatch.GetElapsedTime(Interlocked.Read(ref first), Interlocked.Read(ref last)).TotalSeconds);

    public int Open => sockets.Count;

    public static async Task<CountingClients> ConnectAsync(Uri uri, int clients, string marker, string? joinFrame, int batch = 100)
    {
        var counting = new CountingClients(marker);
        await counting.AddAsync(uri, clients, joinFrame, batch);
        return counting;
    }

    /// <summary>Opens (and joins) more clients, <paramref name="batch"/> at a time.</summary>
    public async Task AddAsync(Uri uri, int clients, string? joinFrame, int batch = 100)
    {
        foreach (var group in Enumerable.Range(0, clients).Chunk(batch))
            await Task.WhenAll(group.Select(_ => OpenAsync(uri, joinFrame)));
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

    private async Task OpenAsync(Uri uri, string? joinFrame)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(uri, stop.Token);
        if (joinFrame is not null)
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}\u001e"), WebSocketMessageType.Text, true, stop.Token);
            await ReceiveOneAsync(socket);
            await socket.SendAsync(Encoding.UTF8.GetBytes(joinFrame + "\u001e"), WebSocketMessageType.Text, true, stop.Token);
            // The join's completion (type 3) says the subscription is in place.
            while (!(await ReceiveOneAsync(socket)).Contains("\"type\":3", StringComparison.Ordinal))
            {
            }
        }
        lock (sockets)
        {
            sockets.Add(socket);
            readers.Add(Task.Run(() => ReadAsync(socket)));
        }
    }

    private async Task<string> ReceiveOneAsync(ClientWebSocket socket)
    {
        var buffer = new byte[8192];
        var text = new StringBuilder();
        ValueWebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer.AsMemory(), stop.Token);
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
        while (!result.EndOfMessage);
        return text.ToString();
    }

    private async Task ReadAsync(ClientWebSocket socket)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer.AsMemory(), stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                    return;
                var seen = Occurrences(buffer.AsSpan(0, result.Count));
                if (seen == 0)
                    continue;
                var now = Stopwatch.GetTimestamp();
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
