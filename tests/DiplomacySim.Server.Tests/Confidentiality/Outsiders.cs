using DiplomacySim.Client;
using DiplomacySim.Server.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacySim.Server.Tests.Confidentiality;

/// <summary>Accounts that belong to no game on the server: made through Identity, as a sign-up would make them.</summary>
internal static class Outsiders
{
    public const string Password = "An-outsider's-password-1";

    public static async Task<DiplomacySimClient> SignUpAsync(DiplomacySimServer server, string userName)
    {
        using (var scope = server.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            if (await users.FindByNameAsync(userName) is null)
            {
                var created = await users.CreateAsync(new User(userName), Password);
                created.Succeeded.ShouldBeTrue(string.Join("; ", created.Errors.Select(e => e.Description)));
            }
        }
        var client = new DiplomacySimClient(server.CreateClient());
        await client.LoginAsync(userName, Password);
        return client;
    }
}
