using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.Opinions;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.Rulesets;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Tests.Rules;

/// <summary>
/// A small world for the rules, built by hand: Russia and Viet Nam close, China and the United
/// States rivals of the others, Russia's embassy in Thailand closed and Viet Nam's open, and a few
/// installations. Each test adds what it needs (agreements, embargoes, opinions) before asking.
/// </summary>
internal sealed class RulesWorld
{
    public static readonly DateOnly Today = new(2018, 10, 3);

    public static readonly Actor RussianDiplomat = new("rus-player", IsGameMaster: false);
    public static readonly Actor GameMaster = new("gm-player", IsGameMaster: true);

    private readonly Game game = new(Guid.NewGuid(), "test", "Rules", Today, "default", RelationsVisibility.Public);
    private readonly List<Nation> nations = [];
    private readonly List<Ministry> ministries = [];
    private readonly List<Installation> installations = [];
    private readonly List<DiplomaticMission> missions = [];
    private readonly List<Embargo> embargoes = [];
    private readonly List<Agreement> agreements = [];
    private readonly List<OpinionModifier> modifiers = [];

    public RulesWorld()
    {
        Nation("RUS", "Russia", "europe", rivals: ["USA"]);
        Nation("VNM", "Viet Nam", "southeast-asia", rivals: ["CHN"]);
        Nation("THA", "Thailand", "southeast-asia");
        Nation("CHN", "China", "east-asia", rivals: ["USA", "VNM"]);
        Nation("USA", "United States", "north-america", rivals: ["RUS", "CHN"]);

        RussianForeignMinistry = Ministry("RUS", MinistryKind.ForeignAffairs, holder: "rus-player");
        RussianDefenceMinistry = Ministry("RUS", MinistryKind.Defence, holder: "rus-player");
        RussianTradeMinistry = Ministry("RUS", MinistryKind.Trade, holder: null);
        VietnameseForeignMinistry = Ministry("VNM", MinistryKind.ForeignAffairs, holder: "vnm-player");
        ThaiForeignMinistry = Ministry("THA", MinistryKind.ForeignAffairs, holder: null);

        CamRanh = Installation("VNM", "Cam Ranh Base", 10_000);
        DaNang = Installation("VNM", "Đà Nẵng Air Base", 5_000);
        UTapao = Installation("THA", "U-Tapao Royal Thai Navy Airfield", 3_000);

        missions.Add(new(game.Id, "RUS", "THA", MissionStatus.Closed));
        missions.Add(new(game.Id, "VNM", "THA", MissionStatus.Open));
        missions.Add(new(game.Id, "RUS", "CHN", MissionStatus.Open));
        Opinion("RUS", "VNM", 50);
        Opinion("VNM", "RUS", 50);
        Opinion("CHN", "USA", -40);
    }

    public Ministry RussianForeignMinistry { get; }
    public Ministry RussianDefenceMinistry { get; }
    public Ministry RussianTradeMinistry { get; }
    public Ministry VietnameseForeignMinistry { get; }
    public Ministry ThaiForeignMinistry { get; }
    public Installation CamRanh { get; }
    public Installation DaNang { get; }
    public Installation UTapao { get; }

    /// <summary>The thresholds of DESIGN.md's defaults; basing needs an opinion of at least 0.</summary>
    public Ruleset Ruleset { get; set; } = new(
        "test",
        new RuleThresholds(MaxDelegationSize: 200, MinTariffChangePercent: -25, MaxTariffChangePercent: 25),
        new HashSet<ClauseKind> { ClauseKind.BasingRights, ClauseKind.ProtectingPower },
        new Dictionary<ClauseKind, int> { [ClauseKind.BasingRights] = 0 },
        []);

    public RulesWorld Opinion(string from, string to, int amount)
    {
        modifiers.Add(new(Guid.NewGuid(), game.Id, from, to, "scenario.baseline", amount, Today, null, null));
        return this;
    }

    public RulesWorld Embargo(string imposer, string target)
    {
        embargoes.Add(new(game.Id, imposer, target));
        return this;
    }

    /// <summary>
    /// An agreement concluded today between <paramref name="requester"/> and <paramref name="grantor"/>,
    /// pending ratification; secret unless said otherwise, as the letters behind most deals are.
    /// </summary>
    public Agreement Agreement(Clause terms, string requester, string grantor, Classification classification = Classification.Secret)
    {
        var agreement = new Agreement(Guid.NewGuid(), game.Id, terms, new ClauseParties(requester, grantor), classification, Guid.NewGuid(), Today, ratificationRequired: true);
        agreements.Add(agreement);
        return agreement;
    }

    public TrackedWorld View() => new(game, Ruleset, nations, ministries, installations, missions, embargoes, agreements, modifiers);

    public Game Game => game;

    /// <summary>The ruleset's effects, for tests of what the Domain's operations move.</summary>
    public static IReadOnlyList<RelationEffect> DefaultEffects { get; } =
    [
        new(EffectTrigger.CommuniqueDelivered, null, "diplomatic-contact", 1, EffectDirection.BothWays, 30),
        new(EffectTrigger.ClauseRejected, null, "clause-rejected", -3, EffectDirection.FirstToSecond, 90),
        new(EffectTrigger.AgreementInForce, ClauseKind.BasingRights, "basing-agreement", 15, EffectDirection.BothWays, null),
        new(EffectTrigger.RivalBasingInRegion, null, "rival-basing-in-region", -10, EffectDirection.BothWays, 365),
    ];

    /// <summary>This world with the default effects on, as a game plays.</summary>
    public RulesWorld WithEffects()
    {
        Ruleset = Ruleset with { Effects = DefaultEffects };
        return this;
    }

    private void Nation(string code, string name, string region, params string[] rivals)
    {
        var nation = new Nation(game.Id, code, name, region);
        nation.Rivals.AddRange(rivals);
        nations.Add(nation);
    }

    private Ministry Ministry(string nation, MinistryKind kind, string? holder)
    {
        var ministry = new Ministry(Guid.NewGuid(), game.Id, nation, kind, $"{kind} of {nation}", null);
        if (holder is not null)
            ministry.AssignTo(holder);
        ministries.Add(ministry);
        return ministry;
    }

    private Installation Installation(string nation, string name, int capacity)
    {
        var installation = new Installation(Guid.NewGuid(), game.Id, nation, name, InstallationKind.AirBase, capacity);
        installations.Add(installation);
        return installation;
    }
}
