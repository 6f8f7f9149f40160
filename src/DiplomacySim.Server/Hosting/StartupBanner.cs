using System.Globalization;
using System.Text;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Seeding;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace DiplomacySim.Server.Hosting;

internal static class StartupBanner
{
    /// <summary>Once the server listens, tells a new user where it is, how to sign in and where to go next.</summary>
    public static void PrintWhenStarted(this WebApplication app, DemoWorld? demo)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? "http://localhost:5080";
            var text = new StringBuilder();
            text.AppendLine(CultureInfo.InvariantCulture, $"DiplomacySim is listening on {address}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  Browser:         {address}/  (relations dashboard, players' desk, GM desk)");
            text.AppendLine(CultureInfo.InvariantCulture, $"  API reference:   {address}/scalar");
            text.AppendLine(CultureInfo.InvariantCulture, $"  OpenAPI:         {address}/openapi/v1.json");
            text.AppendLine(CultureInfo.InvariantCulture, $"  Health:          {address}/health/ready");
            text.AppendLine(CultureInfo.InvariantCulture, $"  Connections:     {app.Services.GetRequiredService<ConnectionLimits>().Describe()}");
            if (demo is not null)
            {
                var password = app.Services.GetRequiredService<IOptions<DemoOptions>>().Value.Password;
                text.AppendLine(CultureInfo.InvariantCulture, $"Demo game '{demo.Game.Title}' ({demo.Game.Slug}), in-game date {demo.Game.InGameDate:yyyy-MM-dd}");
                text.AppendLine(CultureInfo.InvariantCulture, $"Demo accounts (password '{password}'):");
                foreach (var account in demo.Accounts)
                    text.AppendLine(CultureInfo.InvariantCulture, $"  {account.UserName,-10} {Describe(account)}");
                text.AppendLine("Try it:");
                text.AppendLine(CultureInfo.InvariantCulture, $"  curl -s -X POST {address}/api/auth/login -H 'Content-Type: application/json' -d '{{\"userName\":\"rus.mfa\",\"password\":\"{password}\"}}'");
                text.AppendLine(CultureInfo.InvariantCulture, $"  curl -s {address}/api/games/{demo.Game.Slug} -H 'Authorization: Bearer <accessToken>'");
            }
            Console.WriteLine(text.ToString());
        });
    }

    private static string Describe(Domain.Scenarios.AccountDefinition account) =>
        account.GameMaster ? "game master"
        : account.Spectator ? "spectator (watches public events)"
        : string.Join(", ", (account.Holds ?? []).Select(h => $"{h.Nation} {Describe(h.Kind)}"));

    private static string Describe(MinistryKind? kind) => kind switch
    {
        MinistryKind.ForeignAffairs => "Foreign Affairs",
        MinistryKind.HeadOfGovernment => "Head of Government",
        _ => kind?.ToString() ?? "?",
    };
}
