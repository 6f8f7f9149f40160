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

        services.AddSingleton<ProblemHubFilter>();
        services.AddSingleton<GameEventRelay>();
        services.AddScoped<EventNotifier>();

        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (database.Provider == DatabaseProvider.Postgres && configuration.GetConnectionString("Postgres") is { Length: > 0 } postgres)
        {
            services.AddHostedService(provider => new PostgresEventListener(
                postgres, provider.GetRequiredService<GameEventRelay>(), provider.GetRequiredService<ILogger<PostgresEventListener>>()));
        }
        return services;
    }

    public static IEndpointRouteBuilder MapRealtime(this IEndpointRouteBuilder app)
    {
        // Stateful reconnect replays what a briefly dropped connection missed; a longer drop resumes
        // with JoinGame(game, lastSeq).
        app.MapHub<GameHub>(GameHub.Path, hub => hub.AllowStatefulReconnects = true);
        return app;
    }
}
