using DiplomacySim.Domain.Naming;
using DiplomacySim.Domain.Scenarios;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Tests.Scenarios;

/// <summary>The demo scenario the server loads (seeds/scenarios/rus-vnm-2018.json), read as the server reads it.</summary>
public sealed class DemoScenarioTests
{
    private static readonly ScenarioDefinition Demo = ReadDemo();

    [Fact]
    public void DemoFile_ReadsWithoutErrors()
    {
        var result = ScenarioReader.Read("rus-vnm-2018.json", File.ReadAllText(SeedFiles.ScenarioPath("rus-vnm-2018")));

        result.Errors.ShouldBeEmpty();
        result.Scenario.ShouldNotBeNull().Slug.ShouldBe("rus-vnm-2018");
        result.Scenario.InGameDate.ShouldBe(new DateOnly(2018, 10, 3));
        result.Scenario.Ruleset.ShouldBe("default");
        result.Scenario.RelationsVisibility.ShouldBe(RelationsVisibility.Public);
        result.Scenario.DefaultMission.ShouldBe(MissionStatus.Open);
    }

    public static TheoryData<string> ScenarioFiles() =>
        [.. Directory.GetFiles(SeedFiles.ScenariosFolder(), "*.json").Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void EveryScenarioFile_ReadsWithoutErrorsUnderItsSlug(string fileName)
    {
        var result = ScenarioReader.Read(fileName, File.ReadAllText(Path.Combine(SeedFiles.ScenariosFolder(), fileName)));

        result.Errors.ShouldBeEmpty();
        // The server finds a scenario by file name (Demo:Scenario), so the name and the slug agree.
        result.Scenario.ShouldNotBeNull().Slug.ShouldBe(Path.GetFileNameWithoutExtension(fileName));
    }

    [Fact]
    public void DemoFile_HasTheScenarioNations()
    {
        string[] required = ["RUS", "VNM", "THA", "CHN", "USA", "IND", "JPN", "PHL", "LAO", "KHM"];
        required.ShouldBeSubsetOf(Demo.Nations!.Select(n => n.Code!));
        string[] vietNam = ["Viet Nam", "Vietnam", "SRV"];
        vietNam.ShouldBeSubsetOf(Demo.Nations!.Single(n => n.Code == "VNM").Aliases.ShouldNotBeNull());
    }

    [Fact]
    public void DemoFile_GivesEveryNationAForeignMinistryAndTheLargerOnesDefenceAndTrade()
    {
        Demo.Nations!.ShouldAllBe(n => n.Ministries!.Any(m => m.Kind == MinistryKind.ForeignAffairs));
        foreach (var code in new[] { "RUS", "VNM", "CHN", "USA", "IND", "JPN", "THA", "PHL" })
            Kinds(code).ShouldContain(MinistryKind.Defence, code);
        foreach (var code in new[] { "RUS", "VNM", "CHN", "USA" })
            Kinds(code).ShouldContain(MinistryKind.Trade, code);
        Demo.Nations!.Single(n => n.Code == "RUS").Ministries!.Single(m => m.Kind == MinistryKind.ForeignAffairs).Minister.ShouldBe("Sergey Lavrov");
    }

    [Fact]
    public void DemoFile_FindsTheVietnameseBasesWithoutDiacritics()
    {
        var yenBai = Demo.Installations!.Single(i => NameKey.Same(i.Name!, "Yen Bai Air Base"));
        yenBai.Name.ShouldBe("Yên Bái Air Base");
        yenBai.Nation.ShouldBe("VNM");
        ToInstallation(yenBai).IsCalled("yen bai air base").ShouldBeTrue();

        var cited = new[] { "Yen Bai Air Base", "Bien Hoa Air Base", "An Thoi Naval Base" }
            .Select(name => Demo.Installations!.Select(ToInstallation).Single(i => i.IsCalled(name)))
            .ToList();
        cited.ShouldAllBe(i => i.Nation == "VNM");
        // The reference letter asks for up to 25,000 personnel across these three in an emergency.
        cited.Sum(i => i.FreeCapacity).ShouldBeGreaterThanOrEqualTo(26_000);
    }

    [Fact]
    public void DemoFile_HasBasesAcrossTheRegion()
    {
        Host("U-Tapao International Airport").ShouldBe("THA");
        Host("Cam Ranh Bay").ShouldBe("VNM");
        Host("Subic Bay Freeport").ShouldBe("PHL");
        Demo.Installations!.Single(i => i.Name == "Yokosuka Naval Base").ForeignPersonnel.ShouldNotBeNull().ShouldBeGreaterThan(0);
    }

    [Fact]
    public void DemoFile_HasRussiasEmbassyInThailandClosedAndVietNamsOpen()
    {
        StatusOf("RUS", "THA").ShouldBe(MissionStatus.Closed);
        StatusOf("VNM", "THA").ShouldBe(MissionStatus.Open);
        StatusOf("THA", "RUS").ShouldBe(MissionStatus.Open);
    }

    [Fact]
    public void DemoFile_HasTheThreeDefiningRelations()
    {
        StartingOpinion("RUS", "VNM").ShouldBe(50);
        StartingOpinion("VNM", "RUS").ShouldBe(50);
        StartingOpinion("CHN", "VNM").ShouldBeLessThanOrEqualTo(-30);
        StartingOpinion("VNM", "CHN").ShouldBeLessThanOrEqualTo(-30);
        StartingOpinion("RUS", "USA").ShouldBeLessThanOrEqualTo(-40);
        StartingOpinion("USA", "RUS").ShouldBeLessThanOrEqualTo(-40);
    }

    [Fact]
    public void DemoFile_HasTheDemoAccountsOfTheApi_AndASpectator()
    {
        var accounts = Demo.Accounts!.ToDictionary(a => a.UserName!);
        accounts.Keys.ShouldBe(["gm", "rus.mfa", "rus.mod", "vnm.mfa", "vnm.mod", "tha.mfa", "chn.mfa", "usa.mfa", "spectator"], ignoreOrder: true);
        accounts["gm"].GameMaster.ShouldBeTrue();
        (accounts["gm"].Holds ?? []).ShouldBeEmpty();
        accounts["spectator"].Spectator.ShouldBeTrue();
        (accounts["spectator"].Holds ?? []).ShouldBeEmpty();
        foreach (var (userName, account) in accounts.Where(a => a.Key is not ("gm" or "spectator")))
        {
            account.GameMaster.ShouldBeFalse();
            var held = account.Holds.ShouldNotBeNull().ShouldHaveSingleItem();
            var expectedKind = userName.EndsWith(".mfa", StringComparison.Ordinal) ? MinistryKind.ForeignAffairs : MinistryKind.Defence;
            (held.Nation, held.Kind).ShouldBe((userName[..3].ToUpperInvariant(), expectedKind));
        }
    }

    private static ScenarioDefinition ReadDemo()
    {
        var result = ScenarioReader.Read("rus-vnm-2018.json", File.ReadAllText(SeedFiles.ScenarioPath("rus-vnm-2018")));
        return result.Scenario ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors));
    }

    private static List<MinistryKind?> Kinds(string code) =>
        Demo.Nations!.Single(n => n.Code == code).Ministries!.Select(m => m.Kind).ToList();

    private static Installation ToInstallation(InstallationDefinition definition)
    {
        var installation = new Installation(Guid.NewGuid(), Guid.Empty, definition.Nation!, definition.Name!, definition.Kind!.Value, definition.Capacity!.Value);
        installation.Aliases.AddRange(definition.Aliases ?? []);
        installation.Station(definition.ForeignPersonnel ?? 0);
        return installation;
    }

    private static string Host(string name) => Demo.Installations!.Select(ToInstallation).Single(i => i.IsCalled(name)).Nation;

    // As the importer does it: a pair the file does not list gets the default status.
    private static MissionStatus? StatusOf(string from, string to) =>
        Demo.Missions!.SingleOrDefault(m => m.From == from && m.To == to)?.Status ?? Demo.DefaultMission;

    private static int StartingOpinion(string from, string to) => Demo.Opinions!
        .Where(o => (o.From == from && o.To == to) || (o.Mutual && o.From == to && o.To == from))
        .Sum(o => o.Amount!.Value);
}
