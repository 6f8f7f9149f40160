using DiplomacySim.Domain.World;

namespace DiplomacySim.Forum.Tests;

/// <summary>The nations, ministries and installations the example posts speak of, on a given in-game date.</summary>
internal static class ExampleWorld
{
    private static readonly Guid Game = Guid.NewGuid();

    public static readonly Nation[] Nations =
    [
        Nation("KAZ", "Kazakhstan", "Republic of Kazakhstan", "Kazakh"),
        Nation("MNG", "Mongolia"),
        Nation("CHL", "Chile", "Republic of Chile", "República de Chile", "Chilean"),
        Nation("ARG", "Argentina", "Argentine Republic", "Argentine"),
        Nation("BOL", "Bolivia", "Plurinational State of Bolivia", "Bolivian"),
        Nation("IND", "India", "Republic of India", "Indian"),
        Nation("PHL", "Philippines", "Republic of the Philippines", "Philippine"),
    ];

    public static readonly Ministry[] Ministries =
    [
        .. Nations.Select(n => new Ministry(Guid.NewGuid(), Game, n.Code, MinistryKind.ForeignAffairs, $"Ministry of Foreign Affairs of {n.Name}", n.Code switch
        {
            "MNG" => "Damdin Tsogtbaatar",
            "KAZ" => "Dauren Tokayev",
            "CHL" => "Andrés Allamand",
            _ => null,
        })),
        .. Nations.Take(2).Select(n => new Ministry(Guid.NewGuid(), Game, n.Code, MinistryKind.Defence, $"Ministry of Defence of {n.Name}", null)),
    ];

    public static readonly Installation[] Installations =
    [
        Installation("MNG", "Choir Air Base", InstallationKind.AirBase, "Choir"),
        Installation("PHL", "Subic Bay Freeport", InstallationKind.Port, "Subic Bay", "Subic"),
        Installation("KAZ", "Saryshagan Test Site", InstallationKind.ArmyBase),
        Installation("MNG", "Nalaikh Air Base", InstallationKind.AirBase),
    ];

    public static ForumWorld On(DateOnly today) => new(today, Nations, Ministries, Installations);

    public static Ministry ForeignMinistry(string nation) => Ministries.Single(m => m.Nation == nation && m.Kind == MinistryKind.ForeignAffairs);

    public static Guid InstallationId(string name) => Installations.Single(i => i.IsCalled(name)).Id;

    private static Nation Nation(string code, string name, params string[] aliases)
    {
        var nation = new Nation(Game, code, name, "test");
        nation.Aliases.AddRange(aliases);
        return nation;
    }

    private static Installation Installation(string nation, string name, InstallationKind kind, params string[] aliases)
    {
        var installation = new Installation(Guid.NewGuid(), Game, nation, name, kind, 5_000);
        installation.Aliases.AddRange(aliases);
        return installation;
    }
}
