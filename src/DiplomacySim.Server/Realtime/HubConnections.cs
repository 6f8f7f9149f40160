using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace DiplomacySim.Server.Realtime;

/// <summary>
/// This instance's <see cref="GameHub"/> connections by id. The relay needs each connection's
/// <see cref="HubConnectionContext"/> to write an event serialised once for all of them
/// (<see cref="HubConnectionContext.WriteAsync(SerializedHubMessage, CancellationToken)"/>); a hub
/// sees only <see cref="HubCallerContext"/>, so <see cref="TrackingHubLifetimeManager"/> records them.
/// </summary>
public sealed class HubConnections
{
    private readonly ConcurrentDictionary<string, HubConnectionContext> connections = new(StringComparer.Ordinal);

    public HubConnectionContext? Find(string connectionId) => connections.GetValueOrDefault(connectionId);

    /// <summary>Every open connection, for closing those whose token was signed out (Access.TokenRevocation).</summary>
    internal IEnumerable<HubConnectionContext> All => connections.Values;

    /// <summary>How many are held: a connection left here after it closed would keep its context alive.</summary>
    internal int Count => connections.Count;

    internal void Add(HubConnectionContext connection) => connections[connection.ConnectionId] = connection;

    internal void Remove(HubConnectionContext connection) => connections.TryRemove(connection.ConnectionId, out _);
}

/// <summary>
/// Wraps the configured lifetime manager of <see cref="GameHub"/> (local, or Redis's when the
/// backplane is on) and only records connections in <see cref="HubConnections"/>; everything else
/// is the wrapped manager's, so groups, users and the backplane behave as without it.
/// </summary>
internal sealed class TrackingHubLifetimeManager(HubLifetimeManager<GameHub> inner, HubConnections connections)
    : HubLifetimeManager<GameHub>, IDisposable
{
    public override async Task OnConnectedAsync(HubConnectionContext connection)
    {
        await inner.OnConnectedAsync(connection);
        connections.Add(connection);
    }

    public override async Task OnDisconnectedAsync(HubConnectionContext connection)
    {
        connections.Remove(connection);
        await inner.OnDisconnectedAsync(connection);
    }

    public override Task SendAllAsync(string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        inner.SendAllAsync(methodName, args, cancellationToken);

    public override Task SendAllExceptAsync(string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default) =>
        inner.SendAllExceptAsync(methodName, args, excludedConnectionIds, cancellationToken);

    public override Task SendConnectionAsync(string connectionId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        inner.SendConnectionAsync(connectionId, methodName, args, cancellationToken);

    public override Task SendConnectionsAsync(IReadOnlyList<string> connectionIds, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        inner.SendConnectionsAsync(connectionIds, methodName, args, cancellationToken);

    public override Task SendGroupAsync(string groupName, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        inner.SendGroupAsync(groupName, methodName, args, cancellationToken);

    public override Task SendGroupsAsync(IReadOnlyList<string> groupNames, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        inner.SendGroupsAsync(groupNames, methodName, args, cancellationToken);

    public override Task SendGroupExceptAsync(string groupName, string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default) =>
        inner.SendGroupExceptAsync(groupName, methodName, args, excludedConnectionIds, cancellationToken);

    public override Task SendUserAsync(string userId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        inner.SendUserAsync(userId, methodName, args, cancellationToken);

    public override Task SendUsersAsync(IReadOnlyList<string> userIds, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        inner.SendUsersAsync(userIds, methodName, args, cancellationToken);

    public override Task AddToGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default) =>
        inner.AddToGroupAsync(connectionId, groupName, cancellationToken);

    public override Task RemoveFromGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default) =>
        inner.RemoveFromGroupAsync(connectionId, groupName, cancellationToken);

    public override Task<T> InvokeConnectionAsync<T>(string connectionId, string methodName, object?[] args, CancellationToken cancellationToken) =>
        inner.InvokeConnectionAsync<T>(connectionId, methodName, args, cancellationToken);

    public override Task SetConnectionResultAsync(string connectionId, CompletionMessage result) =>
        inner.SetConnectionResultAsync(connectionId, result);

    public override bool TryGetReturnType(string invocationId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Type? type) =>
        inner.TryGetReturnType(invocationId, out type);

    // Built by a factory, so the container leaves disposing the wrapped manager (Redis's holds its connection) to us.
    public void Dispose() => (inner as IDisposable)?.Dispose();
}
