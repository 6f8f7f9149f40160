using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Changes;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Tests.Rules;

/// <summary>
/// Relations, embassies and ambassadors in the order the Vienna Convention takes them: relations
/// first, then an embassy, then its ambassador; and what an agreement in force opens in the world.
/// In the rules' world Russia and Viet Nam keep no missions in one another, Russia's embassy in
/// Thailand is closed (relations stand) and Viet Nam's is open.
/// </summary>
public sealed class DiplomaticRelationsRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly RulesWorld world = new();

    private static DiplomaticRelationsClause Establish => new(DiplomaticAction.EstablishRelations, null, null);
    private static DiplomaticRelationsClause OpenEmbassy => new(DiplomaticAction.OpenEmbassy, "Bangkok", null);
    private static DiplomaticRelationsClause Accredit => new(DiplomaticAction.AccreditAmbassador, null, "Ambassador Ivanov");

    private List<string> Codes(Clause clause, string requester, string grantor) =>
        [.. ClauseRules.CheckAcceptance(world.View(), new(requester, grantor), clause, 0).Select(v => v.Code)];

    [Fact]
    public void NationsThatNeverHeldRelations_MayEstablishThem_ButNotOpenAnEmbassyFirst()
    {
        Codes(Establish, "RUS", "VNM").ShouldBeEmpty();
        Codes(OpenEmbassy, "RUS", "VNM").ShouldBe([RuleCodes.NoDiplomaticRelations]);
        Codes(Accredit, "RUS", "VNM").ShouldBe([RuleCodes.NoDiplomaticRelations]);
    }

    [Fact]
    public void AClosedEmbassy_LeavesRelationsStanding_SoTheyAreNotEstablishedAgain_AndItMayReopen()
    {
        Codes(Establish, "RUS", "THA").ShouldBe([RuleCodes.RelationsAlreadyEstablished]);
        Codes(OpenEmbassy, "RUS", "THA").ShouldBeEmpty();
    }

    [Fact]
    public void AnOpenEmbassy_IsAlreadyOpen_AndMayTakeAnAmbassador()
    {
        Codes(OpenEmbassy, "VNM", "THA").ShouldBe([RuleCodes.MissionAlreadyOpen]);
        Codes(Accredit, "VNM", "THA").ShouldBeEmpty();
    }

    [Fact]
    public void AnAmbassador_NeedsAnOpenEmbassyToHead() =>
        Codes(Accredit, "RUS", "THA").ShouldBe([RuleCodes.MissionNotOpen]);

    [Fact]
    public void SeveredRelations_AreEstablishedAgain_BeforeAnyEmbassy()
    {
        var severed = new RulesWorld();
        var view = severed.View();
        var mission = view.Missions.Single(m => m.From == "VNM" && m.To == "THA");
        ((DiplomaticMission)mission).Sever();

        ClauseRules.CheckAcceptance(view, new("THA", "VNM"), OpenEmbassy, 0).Select(v => v.Code).ShouldBe([RuleCodes.NoDiplomaticRelations]);
        ClauseRules.CheckAcceptance(view, new("VNM", "THA"), Establish, 0).ShouldBeEmpty();
    }

    [Fact]
    public void EstablishedRelations_InForce_OpenAnEmbassyEachWay_FoundedAsNewMissions()
    {
        var (view, outcome) = Accept(Establish, world.RussianForeignMinistry, world.VietnameseForeignMinistry);

        view.HasOpenMission("RUS", "VNM").ShouldBeTrue();
        view.HasOpenMission("VNM", "RUS").ShouldBeTrue();
        outcome.NewMissions.Select(m => (m.From, m.To, m.Status)).ShouldBe([("RUS", "VNM", MissionStatus.Open), ("VNM", "RUS", MissionStatus.Open)]);
        outcome.NewAgreements.Single().Status.ShouldBe(AgreementStatus.InForce);
    }

    [Fact]
    public void AnEmbassyOpened_ReopensTheClosedOne_RatherThanFoundingAnother()
    {
        var (view, outcome) = Accept(OpenEmbassy, world.RussianForeignMinistry, world.ThaiForeignMinistry);

        view.Missions.Where(m => m.From == "RUS" && m.To == "THA").ShouldHaveSingleItem().IsOpen.ShouldBeTrue();
        view.HasOpenMission("THA", "RUS").ShouldBeFalse();
        outcome.NewMissions.ShouldBeEmpty();
    }

    [Fact]
    public void AnAmbassador_ChangesNoMission()
    {
        var (view, outcome) = Accept(Accredit, world.VietnameseForeignMinistry, world.ThaiForeignMinistry);

        outcome.NewMissions.ShouldBeEmpty();
        view.Missions.Count(m => m.IsOpen).ShouldBe(2);
    }

    private (TrackedWorld View, Outcome Outcome) Accept(Clause terms, Ministry from, Ministry to)
    {
        var view = world.View();
        var letter = Correspondence.Deliver(view, new Outcome(), from, to, "Relations", Classification.Public, "", null, [terms], Now, from.HolderId ?? "gm-player");
        var outcome = new Outcome();
        Correspondence.Answer(view, outcome, letter, to, RulesWorld.GameMaster, "", [new ClauseAnswer(0, Decision.Accept, null)], Now)
            .Violations.ShouldBeEmpty();
        return (view, outcome);
    }
}
