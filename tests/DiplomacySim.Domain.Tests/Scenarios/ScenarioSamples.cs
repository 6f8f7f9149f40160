using DiplomacySim.Domain.Scenarios;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Tests.Scenarios;

/// <summary>A small valid scenario, built afresh for each test so that one test's change never leaks into another.</summary>
internal static class ScenarioSamples
{
    public static ScenarioDefinition Valid() => new()
    {
        Slug = "test-game",
        Title = "Test game",
        InGameDate = new DateOnly(2018, 10, 3),
        Nations = [Russia(), VietNam()],
        Installations = [YenBai()],
        Missions = [new() { From = "RUS", To = "VNM", Status = MissionStatus.Open }],
        Opinions = [new() { From = "RUS", To = "VNM", Amount = 50, Reason = "comprehensive-strategic-partnership", Mutual = true }],
        Accounts = [Holder("rus.mfa", "RUS", MinistryKind.ForeignAffairs)],
    };

    public static NationDefinition Russia() => Nation("RUS", "Russian Federation", "eurasia", "Russia");

    public static NationDefinition VietNam() => Nation("VNM", "Viet Nam", "southeast-asia", "Vietnam");

    public static NationDefinition Nation(string code, string name, string region, params string[] aliases) => new()
    {
        Code = code,
        Name = name,
        Aliases = [.. aliases],
        Region = region,
        Ministries =
        [
            new() { Kind = MinistryKind.ForeignAffairs, Title = $"Ministry of Foreign Affairs of {name}" },
            new() { Kind = MinistryKind.Defence, Title = $"Ministry of Defence of {name}" },
        ],
    };

    public static InstallationDefinition YenBai() => new()
    {
        Nation = "VNM",
        Name = "Yên Bái Air Base",
        Kind = InstallationKind.AirBase,
        Capacity = 8000,
        ForeignPersonnel = 0,
    };

    public static AccountDefinition Holder(string userName, string nation, MinistryKind kind) => new()
    {
        UserName = userName,
        Holds = [new() { Nation = nation, Kind = kind }],
    };

    /// <summary>A valid file in the format, to break in one place per test.</summary>
    public const string ValidJson = """
        {
          "slug": "test-game",
          "title": "Test game",
          "inGameDate": "2018-10-03",
          "nations": [
            {
              "code": "RUS",
              "name": "Russian Federation",
              "region": "eurasia",
              "ministries": [{ "kind": "foreignAffairs", "title": "Ministry of Foreign Affairs of the Russian Federation" }]
            },
            {
              "code": "VNM",
              "name": "Viet Nam",
              "region": "southeast-asia",
              "ministries": [{ "kind": "foreignAffairs", "title": "Ministry of Foreign Affairs of Viet Nam" }]
            }
          ],
          "installations": [
            { "nation": "VNM", "name": "Yên Bái Air Base", "kind": "airBase", "capacity": 8000, "foreignPersonnel": 0 }
          ],
          "missions": [{ "from": "RUS", "to": "VNM", "status": "open" }]
        }
        """;
}
