using System.Net.WebSockets;
using System.Text;

namespace DiplomacySim.Harness.Drills;

/// <summary>
/// Bad hub calls over a raw WebSocket speaking SignalR's JSON protocol, so that frames no client
/// library would send can be sent: wrong arguments, unknown and internal method names, malformed
/// and invalid UTF-8 frames.
/// </summary>
public static class HostileHub
{
    private const char Separator = '\u001e';

    // What SignalR answers when a hub method threw something other than a HubException: the hub's 5xx.
    private const string Unexpected = "An unexpected error occurred";

    private const string Probe = "{\"type\":1,\"invocationId\":\"probe\",\"target\":\"JoinGame\",\"arguments\":[\"\",0]}";

    public static string[] Frames(HostileTargets t)
    {
        var big = new string('x', 200_000);
        string[] arguments =
        [
            "[]", "[null]", "[null,null]", "[1,2]", $"[\"{t.Game}\"]", $"[\"{t.Game}\",\"x\"]", $"[\"{t.Game}\",-1]", $"[\"{t.Game}\",1e30]",
            $"[\"{t.Game}\",9223372036854775807]", $"[\"{t.Game}\",9223372036854775808]", $"[\"{big}\",0]", "[\"<script>alert(1)</script>\",0]",
            $"[\"{t.OtherGame}\",0]", $"[\"{Guid.NewGuid()}\",0]", "[\"\\ud800\",0]", "[\"a\\u0000b\",0]", $"[\"{t.Game}\",0,1]", "[{},{}]", "[[],[]]",
            "[\"\",0]", "[\" \",0]", $"[\"{t.Game}\",1.5]",
        ];
        var frames = arguments.Select((a, i) => $"{{\"type\":1,\"invocationId\":\"{i}\",\"target\":\"JoinGame\",\"arguments\":{a}}}").ToList();
        frames.AddRange([
            "{\"type\":1,\"invocationId\":\"u\",\"target\":\"DropGame\",\"arguments\":[]}",
            "{\"type\":1,\"invocationId\":\"d\",\"target\":\"OnDisconnectedAsync\",\"arguments\":[null]}",
            "{\"type\":1,\"invocationId\":\"c\",\"target\":\"OnConnectedAsync\",\"arguments\":[]}",
            "{\"type\":1,\"invocationId\":\"x\",\"target\":\"Dispose\",\"arguments\":[]}",
            $"{{\"type\":4,\"invocationId\":\"s\",\"target\":\"JoinGame\",\"arguments\":[\"{t.Game}\",0]}}",
            "{\"type\":5,\"invocationId\":\"nope\"}",
            "{\"type\":99}", "{\"type\":1}", "{\"type\":1,\"target\":null,\"arguments\":null}", "{", "[]", "null",
            string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000),
            $"{{\"type\":1,\"invocationId\":\"big\",\"target\":\"JoinGame\",\"arguments\":[\"{new string('y', 2_000_000)}\",0]}}",
        ]);
        return [.. frames];
    }

    /// <summary>Sends one frame on a fresh connection and classifies the answer.</summary>
    public static async Task<string> TryAsync(Uri root, string token, string frame, bool invalidUtf8, TimeSpan patience)
    {
        using var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(patience);
        var uri = new UriBuilder(root) { Scheme = "ws", Path = "hubs/game", Query = $"access_token={Uri.EscapeDataString(token)}" }.Uri;
        try
        {
            await socket.ConnectAsync(uri, timeout.Token);
            await SendAsync(socket, Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}" + Separator), timeout.Token);
            await ReceiveAsync(socket, timeout.Token);
            var bytes = Encoding.UTF8.GetBytes(frame + Separator);
            if (invalidUtf8)
                bytes = [.. bytes[..^2], 0xC3, 0x28, .. bytes[^2..]];
            await SendAsync(socket, bytes, timeout.Token);
            // A frame that expects no answer (a cancel, an unknown type) is followed by a probe call:
            // its answer shows that the server ignored the frame and still listens.
            await Task.Delay(50, timeout.Token);
            await SendAsync(socket, Encoding.UTF8.GetBytes(Probe + Separator), timeout.Token);
            while (true)
            {
                var message = await ReceiveAsync(socket, timeout.Token);
                if (message is null)
                    return "closed";
                // SignalR sends a HubException's message after its generic prefix; anything else is the hub's 5xx.
                if (message.Contains(Unexpected, StringComparison.Ordinal) && !message.Contains("HubException:", StringComparison.Ordinal))
                    return "5xx";
                if (message.Contains("\"type\":3", StringComparison.Ordinal))
                    return message.Contains("\"invocationId\":\"probe\"", StringComparison.Ordinal) ? "ignored"
                        : message.Contains("\"error\"", StringComparison.Ordinal) ? "error" : "completed";
                if (message.Contains("\"type\":7", StringComparison.Ordinal))
                    return "closed";
                // Pings and events: keep reading until the call's completion.
            }
        }
        catch (OperationCanceledException)
        {
            return timeout.IsCancellationRequested ? "hang" : "closed";
        }
        catch (WebSocketException)
        {
            return "closed";
        }
    }

    private static Task SendAsync(ClientWebSocket socket, byte[] bytes, CancellationToken cancellationToken) =>
        socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    private static async Task<string?> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        var text = new StringBuilder();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
                return null;
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
            if (result.EndOfMessage)
                return text.ToString();
        }
    }
}
