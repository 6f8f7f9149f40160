using System.Collections.Concurrent;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DiplomacySim.Harness.Benchmarks;

/// <summary>
/// The fan-out reference: Kestrel and raw WebSockets, nothing else. Clients connect to /ws; a POST
/// to /publish?count=N writes N copies of the body to every client, message by message, each
/// message to all clients at once. No SignalR, no relay, no database: what the machine can deliver.
/// Run as its own process (<c>DiplomacySim.Harness.dll broadcast-server PORT</c>), like the server.
/// </summary>
public static class BroadcastServer
{
    public static async Task RunAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseWebSockets();
        var sockets = new ConcurrentDictionary<WebSocket, byte>();

        app.Map("/ws", async (HttpContext http) =>
        {
            if (!http.WebSockets.IsWebSocketRequest)
                return Results.BadRequest();
            using var socket = await http.WebSockets.AcceptWebSocketAsync();
            sockets[socket] = 0;
            var buffer = new byte[256];
            try
            {
                while (socket.State == WebSocketState.Open && !(await socket.ReceiveAsync(buffer, http.RequestAborted)).CloseStatus.HasValue)
                {
                    // Clients send nothing; a close ends the loop.
                }
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // The client went away.
            }
            sockets.TryRemove(socket, out _);
            return Results.Empty;
        });
        app.MapGet("/clients", () => sockets.Count);
        app.MapPost("/publish", async (HttpContext http, int count) =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            var message = body.ToArray();
            var targets = sockets.Keys.ToList();
            for (var i = 0; i < count; i++)
                await Task.WhenAll(targets.Select(s => s.SendAsync(message, WebSocketMessageType.Text, true, CancellationToken.None)));
            return Results.Ok(targets.Count);
        });
        await app.RunAsync();
    }
}
