using System.Text.Json.Serialization;
using DiplomacySim.Server.Access;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Data.Identity;
using DiplomacySim.Server.Errors;
using DiplomacySim.Server.Features.Accounts;
using DiplomacySim.Server.Features.Agreements;
using DiplomacySim.Server.Features.Claims;
using DiplomacySim.Server.Features.Communiques;
using DiplomacySim.Server.Features.Communiques.SendCommunique;
using DiplomacySim.Server.Features.Events;
using DiplomacySim.Server.Features.ForumBridge;
using DiplomacySim.Server.Features.GameMaster;
using DiplomacySim.Server.Features.Games;
using DiplomacySim.Server.Features.Members;
using DiplomacySim.Server.Features.Relations;
using DiplomacySim.Server.Features.World;
using DiplomacySim.Server.Pipeline;
using DiplomacySim.Server.Play;
using DiplomacySim.Server.Realtime;
using DiplomacySim.Server.Rulesets;
using DiplomacySim.Server.Seeding;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;

namespace DiplomacySim.Server.Hosting;

internal static class ServerSetup
{
    public static WebApplicationBuilder AddDiplomacySim(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        ConnectionLimits.Apply(builder);
        services.AddGameDatabase(builder.Configuration, builder.Environment);
        services.AddForwardedHeadersFromKnownProxies(builder.Configuration);
        services.AddAccounts(builder.Configuration);
        services.AddAccess(builder.Configuration);
        services.AddRateLimits(builder.Configuration, builder.Environment);
        services.AddRealtime(builder.Configuration);

        services.AddMediator((MediatorOptions options) =>
        {
            // Handlers use the scoped DbContext, so the mediator must not be a singleton.
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>), typeof(GameTransactionBehavior<,>)];
        });
        // Singletons: no validator takes a service, and a FluentValidation validator is immutable once
        // built. Scoped, every send built its validators again (each RuleFor an expression tree, the
        // clause validator one rule set per kind).
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton);

        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions.TryAdd("traceId", context.HttpContext.TraceIdentifier));
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        // A query or body that cannot be bound throws, so the handler answers with what was wrong
        // rather than the framework's bare 400 (the default outside Development).
        services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
            // Clients may write a clause's "kind" after its terms.
            json.SerializerOptions.AllowOutOfOrderMetadataProperties = true;
            // {"days":1,"days":2} is refused (400) rather than read as its last value: a client that sends
            // one field twice has a bug that the server should not guess its way around.
            json.SerializerOptions.AllowDuplicateProperties = false;
        });

        services.AddHealthChecks().AddDbContextCheck<GameDbContext>("database", tags: ["ready"]);
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer<BearerSecurityTransformer>().AddSchemaTransformer<Features.Communiques.ClauseInputSchema>());

        services.Configure<DemoOptions>(builder.Configuration.GetSection(DemoOptions.Section));
        services.AddHttpContextAccessor();
        services.AddSingleton<GameLocks>();
        services.AddSingleton<GroupCommit>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<CurrentGame>();
        services.AddScoped<ViewerLookup>();
        services.AddScoped<WorldLoader>();
        services.AddSingleton<WorldCache>();
        services.AddSingleton<OpinionCache>();
        services.AddScoped<Events.ChangeRecorder>();
        services.AddScoped<IdempotentSends>();
        services.AddScoped<Rosters>();

        services.AddSingleton<ScenarioCatalog>();
        services.AddSingleton<RulesetCatalog>();
        services.AddScoped<ScenarioImporter>();
        services.AddScoped<DemoSeeder>();
        services.AddSingleton<DemoAccountList>();
        return builder;
    }

    public static WebApplication UseDiplomacySim(this WebApplication app)
    {
        // First, so that the rate limits and the logs see the client's address, not the proxy's.
        if (ProxyHeaders.AnyKnownProxy(app.Configuration))
            app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(app.Services.GetRequiredService<ConnectionLimits>().RefuseBeyondLimitAsync);
        // The browser (built into wwwroot from src/DiplomacySim.Web): "/" serves index.html.
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        // A token signed out since it was issued (password change, sign-out-everywhere) counts as none.
        app.Use(app.Services.GetRequiredService<TokenRevocation>().RefuseRevokedAsync);
        // After authentication, so that requests are counted per player rather than per address.
        if (app.Services.GetRequiredService<RateLimitOptions>().Enabled)
            app.UseRateLimiter();
        app.UseAuthorization();
        // Authorized, so the hub's query token has done its work: not kept for the connection's life.
        app.Use(SignInProblems.ForgetHubQueryToken);

        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference().AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });

        app.MapAccounts();
        app.MapGames();
        app.MapCommuniques();
        app.MapAgreements();
        app.MapRelations();
        app.MapEvents();
        app.MapGameMaster();
        app.MapMembers();
        app.MapClaims();
        app.MapWorld();
        app.MapForumBridge();
        app.MapRealtime();
        // Deep links into the browser (/games/rus-vnm-2018/desk) load the page, which routes itself.
        // Only /games/...: an unknown /api, /hubs or /health path stays a 404 problem.
        app.MapFallbackToFile("/games/{**path}", "index.html");
        // An invitation link (POST /api/games/{game}/invitations answers url /join/{code}) opens the page too.
        app.MapFallbackToFile("/join/{code}", "index.html");
        // The browser's form for starting a campaign, reloaded or opened from a bookmark.
        app.MapFallbackToFile("/campaigns/new", "index.html");
        return app;
    }
}
