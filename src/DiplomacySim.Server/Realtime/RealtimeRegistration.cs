using System.Text.Json;
using System.Text.Json.Serialization;
using DiplomacySim.Server.Data;
using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;

namespace DiplomacySim.Server.Realtime;

internal static class RealtimeRegistration
{
    /// <summary>The hub, the relay, PostgreSQL notifications and, when configured, the Redis backplane.</summary>
    public static IServiceCollection AddRealtime(this IServiceCollection services, IConfiguration configuration)
    {
        var signalR = services.AddSignalR(hub => hub.AddFilter<ProblemHubFilter>())
            .AddJsonProtocol(json => json.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        if (configuration["Redis:ConnectionString"] is { Length: > 0 } redis)
        {
            // Joins the instances' SignalR: connection, user and group messages reach every instance.
            signalR.AddStackExchangeRedis(redis, backplane => backplane.Configuration.ChannelPrefix = RedisChannel.Literal("diplomacysim"));
        }

        // Last, after the backplane: the relay needs each connection's HubConnectionContext (see
        // HubConnections), which only the lifetime manager is given, so GameHub's lifetime manager is
        // whichever one is configured above, wrapped. A closed registration wins over the open one.
        var configured = services.Last(d => d.ServiceType == typeof(HubLifetimeManager<>)).ImplementationType
            ?? throw new InvalidOperationException("SignalR's lifetime manager is expected to be registered by type.");
        var lifetimeManager = configured.MakeGenericType(typeof(GameHub));
        services.AddSingleton<HubConnections>();
        services.AddSingleton<HubLifetimeManager<GameHub>>(provider => new TrackingHubLifetimeManager(
            (HubLifetimeManager<GameHub>)ActivatorUtilities.CreateInstance(provider, lifetimeManager), provider.GetRequiredService<HubConnections>()));

        services.AddSingleton<ProblemHubFilter>();
        services.AddSingleton<GameEventRelay>();
        services.AddScoped<EventNotifier>();

        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (database.Provider == DatabaseProvider.Postgres && configuration.GetConnectionString("Postgres") is { Length: > 0 } postgres)
        {
            services.AddHostedService(provider => new PostgresEventListener(
                postgres, provider.GetRequiredService<GameEventRelay>(), provider.GetRequiredService<Access.TokenRevocation>(), provider.GetRequiredService<ILogger<PostgresEventListener>>()));
        }
        return services;
    }

    public static IEndpointRouteBuilder MapRealtime(this IEndpointRouteBuilder app)
    {
        // No stateful reconnect (decision 17): every drop resumes with JoinGame(game, lastSeq), which the log makes
        // exact. With it on, clients came back from a server restart connected but joined to nothing, and its
        // per-connection buffer held writes until the client acknowledged them.
        app.MapHub<GameHub>(GameHub.Path, hub => hub.AllowStatefulReconnects = false);
        return app;
    }
}
