using DiplomacySim.Domain.Scenarios;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Accounts;
using DiplomacySim.Server.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DiplomacySim.Server.Seeding;

/// <summary>Loads the demo scenario with its accounts; running it again changes nothing.</summary>
public sealed class DemoSeeder(ScenarioCatalog catalog, ScenarioImporter importer, GameDbContext db, UserManager<User> users, IOptions<DemoOptions> options, ILogger<DemoSeeder> logger)
{
    public async Task<DemoWorld> SeedAsync(CancellationToken cancellationToken)
    {
        var demo = options.Value;
        foreach (var extra in demo.Scenarios)
            await LoadAsync(extra, demo.Password, cancellationToken);
        return await LoadAsync(demo.Scenario, demo.Password, cancellationToken);
    }

    private async Task<DemoWorld> LoadAsync(string name, string password, CancellationToken cancellationToken)
    {
        var scenario = await catalog.ReadAsync(name, cancellationToken);
        var (game, created) = await importer.ImportAsync(scenario, cancellationToken);
        if (created)
            logger.LogInformation("Loaded the demo scenario {Scenario} as game {GameId}", scenario.Slug, game.Id);

        foreach (var account in scenario.Accounts ?? [])
            await EnsureAccountAsync(game, account, password, cancellationToken);
        return new DemoWorld(game, scenario.Accounts ?? []);
    }

    private async Task EnsureAccountAsync(Game game, AccountDefinition account, string password, CancellationToken cancellationToken)
    {
        var user = await users.FindByNameAsync(account.UserName!);
        if (user is null)
        {
            user = new User(account.UserName!);
            // The demo's short shared password is deliberately below the password policy, so it is
            // hashed here instead of going through the policy's validators.
            user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
            var result = await users.CreateAsync(user);
            if (!result.Succeeded)
                throw new InvalidOperationException($"Could not create the demo account {account.UserName}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }

        var role = account.GameMaster ? GameRole.GameMaster : account.Spectator ? GameRole.Spectator : GameRole.Player;
        if (!await db.GameMembers.AnyAsync(m => m.GameId == game.Id && m.UserId == user.Id, cancellationToken))
            db.GameMembers.Add(new GameMember(game.Id, user.Id, role));

        foreach (var held in account.Holds ?? [])
        {
            var ministry = await db.Ministries.SingleAsync(m => m.GameId == game.Id && m.Nation == held.Nation && m.Kind == held.Kind, cancellationToken);
            if (ministry.HolderId is null)
                ministry.AssignTo(user.Id);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}

public sealed record DemoWorld(Game Game, IReadOnlyList<AccountDefinition> Accounts);
