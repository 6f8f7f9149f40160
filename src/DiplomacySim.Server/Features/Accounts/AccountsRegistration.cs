using DiplomacySim.Server.Data;
using DiplomacySim.Server.Data.Identity;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DiplomacySim.Server.Features.Accounts;

internal static class AccountsRegistration
{
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        var keys = services.AddDataProtection()
            .SetApplicationName("DiplomacySim")
            .PersistKeysToDbContext<GameDbContext>();
        // The keys that sign tokens live in the database, so every instance reads them. With a
        // certificate they are encrypted there too; without one, whoever can read the database can
        // forge tokens, which decision 9 accepts for a database that already holds every account.
        if (configuration["DataProtection:Certificate"] is { Length: > 0 } certificate)
        {
            try
            {
                keys.ProtectKeysWithCertificate(System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(
                    certificate, configuration["DataProtection:CertificatePassword"]));
            }
            catch (Exception failure) when (failure is System.Security.Cryptography.CryptographicException or IOException)
            {
                throw new Hosting.StartupProblem($"DataProtection:Certificate '{certificate}' could not be read ({failure.Message}). Give a PKCS#12 (.pfx) file with its private key, and its password in DataProtection:CertificatePassword.");
            }
        }

        services.AddAuthentication(IdentityConstants.BearerScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, bearer =>
            {
                bearer.BearerTokenExpiration = configuration.GetValue("Auth:TokenLifetime", TimeSpan.FromHours(8));
                bearer.Events.OnMessageReceived = context =>
                {
                    if (SignInProblems.HubQueryToken(context.Request) is { } token)
                        context.Token = token;
                    return Task.CompletedTask;
                };
            });
        // Tokens carry only what the server reads from them (decision 16); Identity's longer ones still read.
        services.AddOptions<BearerTokenOptions>(IdentityConstants.BearerScheme)
            .PostConfigure<IDataProtectionProvider, IOptions<IdentityOptions>>((bearer, protection, identity) =>
                bearer.BearerTokenProtector = new CompactTicketFormat(
                    protection.CreateProtector(CompactTicketFormat.Purpose, IdentityConstants.BearerScheme),
                    bearer.BearerTokenProtector,
                    identity.Value.ClaimsIdentity));
        services.AddAuthorization(Access.Readers.Add);
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, SignInProblems>();

        services.AddIdentityCore<User>(identity =>
            {
                identity.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyz0123456789._-";
                // Failed logins are throttled per account and address (LoginThrottle), never by
                // locking the account, which let anyone lock a rival out by guessing.
                identity.Lockout.AllowedForNewUsers = false;
            })
            .AddEntityFrameworkStores<GameDbContext>()
            .AddSignInManager();

        services.AddScoped<TokenIssuer>();
        services.AddSingleton(Login.LoginThrottleOptions.From(configuration));
        services.AddSingleton<Login.LoginThrottle>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
