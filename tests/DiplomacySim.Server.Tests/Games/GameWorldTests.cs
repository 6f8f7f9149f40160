using System.Net;
using DiplomacySim.Client;
using DiplomacySim.Testing;

namespace DiplomacySim.Server.Tests.Games;

public sealed class GameWorldTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    private const string Game = TestWorld.Slug;

    [Fact]
    public async Task ListGames_ShowsTheTestWorldWithItsDate()
    {
        var client = await server.SignInAsync("chn.mfa");

        var games = await client.ListGamesAsync();

        var game = games.ShouldHaveSingleItem();
        game.Slug.ShouldBe(Game);
        game.InGameDate.ShouldBe(new DateOnly(2018, 10, 3));
    }

    [Fact]
    public async Task GetGame_BySlugAndById_ReturnsTheSameWorld()
    {
        var client = await server.SignInAsync("rus.mfa");

        var bySlug = await client.GetGameAsync(Game);
        var byId = await client.GetGameAsync(bySlug.Id.ToString());

        byId.Slug.ShouldBe(Game);
        byId.Nations.Count.ShouldBe(bySlug.Nations.Count);
    }

    [Fact]
    public async Task TestWorld_HasTheScenarioNationsWithAliases()
    {
        var world = await (await server.SignInAsync("rus.mfa")).GetGameAsync(Game);

        var codes = world.Nations.Select(n => n.Code).ToList();
        foreach (var code in new[] { "RUS", "VNM", "THA", "CHN", "USA", "IND", "JPN", "PHL", "LAO", "KHM" })
        {
            codes.ShouldContain(code);
        }
        world.Nations.Single(n => n.Code == "VNM").Aliases.ShouldContain("Viet Nam");
    }

    [Fact]
    public async Task TestWorld_HasTheVietnameseBasesWithTheirDiacritics()
    {
        var world = await (await server.SignInAsync("vnm.mfa")).GetGameAsync(Game);

        var vietnamese = world.Installations.Where(i => i.Nation == "VNM").Select(i => i.Name).ToList();
        vietnamese.ShouldContain("Yên Bái Air Base");
        vietnamese.ShouldContain("Biên Hòa Air Base");
        vietnamese.ShouldContain("An Thới Naval Base");
        world.Installations.ShouldContain(i => i.Nation == "THA" && i.Name.StartsWith("U-Tapao", StringComparison.Ordinal));
        world.Installations.ShouldAllBe(i => i.Capacity >= 0);
    }

    [Fact]
    public async Task TestWorld_ShowsWhoHoldsEachMinistry()
    {
        var world = await (await server.SignInAsync("gm")).GetGameAsync(Game);

        world.Ministries.Single(m => m.Nation == "RUS" && m.Kind == "foreignAffairs").Holder.ShouldBe("rus.mfa");
        world.Ministries.Single(m => m.Nation == "VNM" && m.Kind == "defence").Holder.ShouldBe("vnm.mod");
        world.Ministries.Where(m => m.Holder == "gm").ShouldBeEmpty();
        world.Nations.ShouldAllBe(n => world.Ministries.Any(m => m.Nation == n.Code && m.Kind == "foreignAffairs"));
    }

    [Fact]
    public async Task TestWorld_HasRussiasEmbassyInThailandClosedAndVietNamsOpen()
    {
        var world = await (await server.SignInAsync("tha.mfa")).GetGameAsync(Game);

        world.Missions.Single(m => m.From == "RUS" && m.To == "THA").Status.ShouldBe("closed");
        world.Missions.Single(m => m.From == "VNM" && m.To == "THA").Status.ShouldBe("open");
    }

    [Fact]
    public async Task UnknownGame_Is404ProblemDetailsWithACode()
    {
        var client = await server.SignInAsync("rus.mfa");

        var error = await Should.ThrowAsync<DiplomacySimApiException>(() => client.GetGameAsync("no-such-game"));

        error.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        error.Code.ShouldBe("GAME_NOT_FOUND");
        error.Detail.ShouldNotBeNull().ShouldContain("no-such-game");
    }

    [Fact]
    public async Task UnknownGameId_Is404()
    {
        var client = await server.SignInAsync("rus.mfa");

        var error = await Should.ThrowAsync<DiplomacySimApiException>(() => client.GetGameAsync(Guid.NewGuid().ToString()));

        error.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
