using DiplomacySim.Domain.World;

namespace DiplomacySim.Forum.Tests;

/// <summary>
/// The world the reference letter and the development corpus speak of: the demo game's nations around
/// the South China Sea and the others players write to. Aliases are names only (no adjectives, no
/// capitals): the reader must find "the Swiss Minister" and "Hanoi" by itself.
/// </summary>
internal static class CorpusWorld
{
    private static readonly Guid Game = Guid.NewGuid();

    public static readonly Nation[] Nations =
    [
        Nation("RUS", "Russian Federation", "Russia"),
        Nation("VNM", "Socialist Republic of Viet Nam", "Viet Nam", "Vietnam"),
        Nation("THA", "Kingdom of Thailand", "Thailand"),
        Nation("CHN", "People's Republic of China", "China", "PRC"),
        Nation("USA", "United States of America", "United States", "USA"),
        Nation("JPN", "Japan"),
        Nation("IND", "Republic of India", "India"),
        Nation("PHL", "Republic of the Philippines", "Philippines"),
        Nation("IDN", "Republic of Indonesia", "Indonesia"),
        Nation("AUS", "Commonwealth of Australia", "Australia"),
        Nation("CHE", "Swiss Confederation", "Switzerland"),
        Nation("FRA", "French Republic", "France"),
        Nation("DEU", "Federal Republic of Germany", "Germany"),
        Nation("TUR", "Republic of Türkiye", "Turkey", "Türkiye"),
        Nation("EGY", "Arab Republic of Egypt", "Egypt"),
        Nation("NOR", "Kingdom of Norway", "Norway"),
        Nation("BRA", "Federative Republic of Brazil", "Brazil"),
        Nation("WAF", "West African Federation"),
        Nation("MYR", "Kingdom of Myrrhia", "Myrrhia"),
    ];

    // Who signs for each ministry: letters are often signed by name alone.
    private static readonly (string Nation, MinistryKind Kind, string Title, string? Minister)[] MinistryTable =
    [
        ("RUS", MinistryKind.ForeignAffairs, "Ministry of Foreign Affairs of the Russian Federation", "Sergey Lavrov"),
        ("RUS", MinistryKind.Defence, "Ministry of Defence of the Russian Federation", "Sergey Shoigu"),
        ("RUS", MinistryKind.Trade, "Ministry of Economic Development of the Russian Federation", "Maxim Oreshkin"),
        ("VNM", MinistryKind.ForeignAffairs, "Ministry of Foreign Affairs of the Socialist Republic of Viet Nam", "Phạm Bình Minh"),
        ("VNM", MinistryKind.Defence, "Ministry of National Defence of the Socialist Republic of Viet Nam", "Ngô Xuân Lịch"),
        ("VNM", MinistryKind.Trade, "Ministry of Industry and Trade of the Socialist Republic of Viet Nam", "Trần Tuấn Anh"),
        ("THA", MinistryKind.ForeignAffairs, "Ministry of Foreign Affairs of the Kingdom of Thailand", "Don Pramudwinai"),
        ("CHN", MinistryKind.ForeignAffairs, "Ministry of Foreign Affairs of the People's Republic of China", "Wang Yi"),
        ("USA", MinistryKind.ForeignAffairs, "Department of State", "Mike Pompeo"),
        ("USA", MinistryKind.Defence, "Department of Defense", "James Mattis"),
        ("JPN", MinistryKind.ForeignAffairs, "Ministry of Foreign Affairs of Japan", "Tarō Kōno"),
        ("JPN", MinistryKind.Defence, "Ministry of Defense of Japan", "Takeshi Iwaya"),
        ("IND", MinistryKind.ForeignAffairs, "Ministry of External Affairs", "Sushma Swaraj"),
        ("PHL", MinistryKind.ForeignAffairs, "Department of Foreign Affairs", "Teodoro Locsin"),
        ("IDN", MinistryKind.ForeignAffairs, "Ministry of Foreign Affairs of the Republic of Indonesia", "Retno Marsudi"),
        ("AUS", MinistryKind.ForeignAffairs, "Department of Foreign Affairs and Trade", "Marise Payne"),
        ("AUS", MinistryKind.Defence, "Department of Defence", "Linda Reynolds"),
        ("CHE", MinistryKind.ForeignAffairs, "Federal Department of Foreign Affairs", "Ignazio Cassis"),
        ("FRA", MinistryKind.ForeignAffairs, "Ministry for Europe and Foreign Affairs", "Jean-Yves Le Drian"),
        ("DEU", MinistryKind.ForeignAffairs, "Federal Foreign Office", "Heiko Maas"),
        ("DEU", MinistryKind.Energy, "Federal Ministry for Economic Affairs and Energy", "Peter Altmaier"),
        ("TUR", MinistryKind.ForeignAffairs, "Ministry of Foreign Affairs of the Republic of Türkiye", "Mevlüt Çavuşoğlu"),
        ("EGY", MinistryKind.ForeignAffairs, "Ministry of Foreign Affairs of Egypt", "Sameh Shoukry"),
        ("NOR", MinistryKind.ForeignAffairs, "Royal Norwegian Ministry of Foreign Affairs", "Ine Eriksen Søreide"),
        ("NOR", MinistryKind.Energy, "Ministry of Petroleum and Energy", "Kjell-Børge Freiberg"),
        ("BRA", MinistryKind.ForeignAffairs, "Ministry of Foreign Affairs of Brazil", "Aloysio Nunes"),
        ("BRA", MinistryKind.Trade, "Ministry of Development, Industry and Foreign Trade", "Marcos Jorge"),
        ("WAF", MinistryKind.ForeignAffairs, "Federal Ministry of Foreign Affairs of the West African Federation", "Adaeze Okonkwo"),
        ("WAF", MinistryKind.HeadOfGovernment, "Office of the Prime Minister of the West African Federation", "Kwame Boateng"),
        ("MYR", MinistryKind.ForeignAffairs, "Royal Chancellery of Myrrhia", "Ilse Varnhagen"),
    ];

    public static readonly Ministry[] Ministries =
        [.. MinistryTable.Select(m => new Ministry(Guid.NewGuid(), Game, m.Nation, m.Kind, m.Title, m.Minister))];

    public static readonly Installation[] Installations =
    [
        Installation("VNM", "Yên Bái Air Base", InstallationKind.AirBase),
        Installation("VNM", "Biên Hòa Air Base", InstallationKind.AirBase),
        Installation("VNM", "An Thới Naval Base", InstallationKind.NavalBase),
        Installation("VNM", "Cam Ranh Base", InstallationKind.NavalBase, "Cam Ranh Bay"),
        Installation("THA", "U-Tapao International Airport", InstallationKind.AirBase, "U-Tapao"),
        Installation("THA", "Sattahip Naval Base", InstallationKind.NavalBase),
        Installation("PHL", "Subic Bay Freeport", InstallationKind.Port, "Subic Bay"),
        Installation("PHL", "Clark Air Base", InstallationKind.AirBase),
        Installation("JPN", "Yokosuka Naval Base", InstallationKind.NavalBase),
        Installation("JPN", "Kadena Air Base", InstallationKind.AirBase),
        Installation("IDN", "Ranai Air Base", InstallationKind.AirBase, "Natuna"),
        Installation("AUS", "RAAF Base Darwin", InstallationKind.AirBase, "Darwin air base"),
        Installation("AUS", "HMAS Stirling", InstallationKind.NavalBase, "Fleet Base West"),
        Installation("EGY", "Berenice Military Base", InstallationKind.NavalBase, "Berenice"),
        Installation("TUR", "İncirlik Air Base", InstallationKind.AirBase),
        Installation("NOR", "Haakonsvern Naval Base", InstallationKind.NavalBase),
        Installation("NOR", "Bodø Air Station", InstallationKind.AirBase),
        Installation("BRA", "Natal Air Base", InstallationKind.AirBase),
        Installation("WAF", "Port Harmattan", InstallationKind.Port),
        Installation("WAF", "Kissi Air Base", InstallationKind.AirBase),
        Installation("MYR", "Varn Naval Station", InstallationKind.NavalBase, "Varn"),
    ];

    public static ForumWorld On(DateOnly today) => new(today, Nations, Ministries, Installations);

    /// <summary>A ministry written as the corpus writes it: "RUS / Foreign Affairs".</summary>
    public static Ministry Ministry(string reference)
    {
        var parts = reference.Split(" / ");
        var kind = Enum.Parse<MinistryKind>(parts[1].Replace(" ", "", StringComparison.Ordinal), ignoreCase: true);
        return Ministries.Single(m => m.Nation == parts[0] && m.Kind == kind);
    }

    public static Guid InstallationId(string name) => Installations.Single(i => i.IsCalled(name)).Id;

    private static Nation Nation(string code, string name, params string[] aliases)
    {
        var nation = new Nation(Game, code, name, "test");
        nation.Aliases.AddRange(aliases);
        return nation;
    }

    private static Installation Installation(string nation, string name, InstallationKind kind, params string[] aliases)
    {
        var installation = new Installation(Guid.NewGuid(), Game, nation, name, kind, 30_000);
        installation.Aliases.AddRange(aliases);
        return installation;
    }
}
