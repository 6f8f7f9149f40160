using DiplomacySim.Domain.Scenarios;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DiplomacySim.Server.Seeding;

/// <summary>Loads the demo scenario with its accounts; running it again changes nothing.</summary>
public sealed class DemoSeeder(ScenarioCatalog catalog, ScenarioImporter importer, GameDbContext db, UserManager<User> users, IOptions<DemoOptions> options, ILogger<DemoSeeder> logger)
{
    // Accounts are shared between scenarios (the harness loads hundreds of games with the same
    // players), so each is looked up or created once per run, not once per game.
    private readonly Dictionary<string, string> userIds = new(StringComparer.Ordinal);

    public async Task<DemoWorld> SeedAsync(CancellationToken cancellationToken)
    {
        var demo = options.Value;
        for (var i = 0; i < demo.Scenarios.Count; i++)
        {
            await LoadAsync(demo.Scenarios[i], demo.Password, cancellationToken);
            if ((i + 1) % 25 == 0)
                logger.LogInformation("Loaded {Done} of {Count} extra scenarios", i + 1, demo.Scenarios.Count);
        }
        return await LoadAsync(demo.Scenario, demo.Password, cancellationToken);
    }

    private async Task<DemoWorld> LoadAsync(string name, string password, CancellationToken cancellationToken)
    {
        var scenario = await catalog.ReadAsync(name, cancellationToken);
        var (game, created) = await importer.ImportAsync(scenario, cancellationToken);
        if (created)
            logger.LogInformation("Loaded the demo scenario {Scenario} as game {GameId}", scenario.Slug, game.Id);

        var accounts = scenario.Accounts ?? [];
        var members = (await db.GameMembers.Where(m => m.GameId == game.Id).Select(m => m.UserId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var ministries = await db.Ministries.Where(m => m.GameId == game.Id).ToListAsync(cancellationToken);
        foreach (var account in accounts)
        {
            var userId = await EnsureUserAsync(account.UserName!, account.DisplayName, password);
            var role = account.GameMaster ? GameRole.GameMaster : account.Spectator ? GameRole.Spectator : GameRole.Player;
            if (members.Add(userId))
                db.GameMembers.Add(new GameMember(game.Id, userId, role));
            foreach (var held in account.Holds ?? [])
            {
                var ministry = ministries.Single(m => m.Nation == held.Nation && m.Kind == held.Kind);
                if (ministry.HolderId is null)
                    ministry.AssignTo(userId);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        // What was loaded is not needed again; without this every later game's save would scan it.
        db.ChangeTracker.Clear();
        return new DemoWorld(game, accounts);
    }

    private async Task<string> EnsureUserAsync(string userName, string? displayName, string password)
    {
        if (userIds.TryGetValue(userName, out var known))
            return known;
        var user = await users.FindByNameAsync(userName);
        if (user is not null && displayName is not null && user.DisplayName != displayName)
        {
            // The scenario file names its accounts: a name changed there is the demo's new name.
            user.DisplayName = displayName;
            await users.UpdateAsync(user);
        }
        if (user is null)
        {
            user = new User(userName) { DisplayName = displayName ?? userName };
            // The demo's short shared password is deliberately below the password policy, so it is
            // hashed here instead of going through the policy's validators.
            user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
            var result = await users.CreateAsync(user);
            if (!result.Succeeded)
                throw new InvalidOperationException($"Could not create the demo account {userName}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
        return userIds[userName] = user.Id;
    }
}

public sealed record DemoWorld(Game Game, IReadOnlyList<AccountDefinition> Accounts);
