namespace DiplomacySim.Server.Access;

internal static class AccessRegistration
{
    /// <summary>The server operators, the setup code, who may create campaigns, and token revocation.</summary>
    public static IServiceCollection AddAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(AccountsOptions.From(configuration));
        services.AddSingleton(GamesOptions.From(configuration));
        services.AddSingleton<ServerOperators>();
        services.AddSingleton<OperatorSetup>();
        services.AddScoped<CampaignCreation>();
        services.AddSingleton<TokenRevocation>();
        return services;
    }
}
