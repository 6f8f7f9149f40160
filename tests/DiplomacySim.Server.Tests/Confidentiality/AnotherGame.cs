using DiplomacySim.Domain.Scenarios;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Data.Identity;
using DiplomacySim.Server.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacySim.Server.Tests.Confidentiality;

/// <summary>A second, small game on the same server, with one member of it, as a campaign of another community would be.</summary>
internal static class AnotherGame
{
    public const string Password = "Canary-Passw0rd!";

    /// <summary>Imports the game <paramref name="slug"/> (nations AAA and BBB) and makes <paramref name="member"/> its <paramref name="role"/> (a player holds AAA's ministry).</summary>
    public static async Task CreateAsync(DiplomacySimServer server, string slug, string member, GameRole role, params string[] strangers)
    {
        using var scope = server.Services.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<ScenarioImporter>();
        var db = scope.ServiceProvider.GetRequiredService<GameDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();

        static NationDefinition Nation(string code, string name) => new()
        {
            Code = code,
            Name = name,
            Aliases = [],
            Region = "elsewhere",
            Interests = [],
            Rivals = [],
            Blocs = [],
            Ministries = [new MinistryDefinition { Kind = MinistryKind.ForeignAffairs, Title = $"Ministry of Foreign Affairs of {name}" }],
        };
        var (game, _) = await importer.ImportAsync(new ScenarioDefinition
        {
            Slug = slug,
            Title = "Another game",
            Description = "A game whose members must learn nothing of the test world's game.",
            InGameDate = new DateOnly(2030, 1, 1),
            Ruleset = "default",
            RelationsVisibility = RelationsVisibility.Public,
            Nations = [Nation("AAA", "Republic of Aaa"), Nation("BBB", "Kingdom of Bbb")],
            Installations = [],
            DefaultMission = MissionStatus.Open,
            Missions = [],
            Opinions = [],
            Embargoes = [],
            Accounts = [],
        }, CancellationToken.None);

        foreach (var userName in strangers.Prepend(member))
        {
            var created = await users.CreateAsync(new User(userName), Password);
            created.Succeeded.ShouldBeTrue(string.Join("; ", created.Errors.Select(e => e.Description)));
        }
        var user = await users.FindByNameAsync(member);
        db.GameMembers.Add(new GameMember(game.Id, user!.Id, role));
        if (role == GameRole.Player)
            (await db.Ministries.SingleAsync(m => m.GameId == game.Id && m.Nation == "AAA")).AssignTo(user.Id);
        await db.SaveChangesAsync();
    }
}
