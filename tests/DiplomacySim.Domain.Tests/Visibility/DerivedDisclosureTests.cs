using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.Events;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.Visibility;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Tests.Visibility;

/// <summary>What is derived from a secret follows the audience of its cause: events, and room at a base.</summary>
public sealed class DerivedDisclosureTests
{
    private static readonly Viewer Russia = new("rus", false, new HashSet<Guid>(), new HashSet<string> { "RUS" });
    private static readonly Viewer China = new("chn", false, new HashSet<Guid>(), new HashSet<string> { "CHN" });
    private static readonly Viewer GameMaster = new("gm", true, new HashSet<Guid>(), new HashSet<string>());

    private static GameEvent ScoreMovedBySecret() =>
        new(Guid.NewGuid(), 7, "relation.changed", DateTimeOffset.UnixEpoch, new DateOnly(2018, 10, 3), "{\"reason\":\"basing-agreement\"}", audience: null,
            disclosure: ["RUS", "VNM"], undisclosedPayload: "{\"reason\":\"undisclosed\"}");

    [Fact]
    public void AScoreMovedByASecret_ReadsUndisclosed_ToThoseOutsideItsCause() =>
        ScoreMovedBySecret().PayloadFor(China).ShouldBe("{\"reason\":\"undisclosed\"}");

    [Fact]
    public void AScoreMovedByASecret_ReadsInFull_ToItsPartiesAndTheGm()
    {
        ScoreMovedBySecret().PayloadFor(Russia).ShouldBe("{\"reason\":\"basing-agreement\"}");
        ScoreMovedBySecret().PayloadFor(GameMaster).ShouldBe("{\"reason\":\"basing-agreement\"}");
    }

    [Fact]
    public void AnEventOutsideTheViewersAudience_ReadsAsNothing()
    {
        var secret = new GameEvent(Guid.NewGuid(), 3, "communique.delivered", DateTimeOffset.UnixEpoch, new DateOnly(2018, 10, 3), "{}", ["RUS", "VNM"]);

        secret.PayloadFor(China).ShouldBeNull();
        secret.PayloadFor(Russia).ShouldBe("{}");
    }

    [Fact]
    public void ADisclosureWithoutItsUndisclosedForm_CannotBeStored() =>
        Should.Throw<ArgumentException>(() => new GameEvent(Guid.NewGuid(), 1, "relation.changed", DateTimeOffset.UnixEpoch, new DateOnly(2018, 10, 3), "{}", null, ["RUS"], null));

    [Fact]
    public void ABaseHeldUnderASecretLease_ShowsOutsidersOnlyWhatTheyMayKnow_AndNoRoom()
    {
        var gameId = Guid.NewGuid();
        var camRanh = new Installation(Guid.NewGuid(), gameId, "VNM", "Cam Ranh Base", InstallationKind.NavalBase, 20_000);
        camRanh.Station(500); // the scenario's own foreign presence, public
        camRanh.Reserve(1_237);
        var lease = new Agreement(Guid.NewGuid(), gameId, new BasingRightsClause([camRanh.Id], 0, 1_237, [], null), new ClauseParties("RUS", "VNM"), Classification.Secret, Guid.NewGuid(), new DateOnly(2018, 10, 3), true);
        lease.Allocate([new PersonnelAllocation(camRanh.Id, 1_237)]);

        Occupancy.Of(camRanh, [lease], China).ShouldBe(new Occupancy(500, 0, 0, UndisclosedArrangement: true));
        Occupancy.Of(camRanh, [lease], Russia).ShouldBe(new Occupancy(500, 1_237, 20_000 - 500 - 1_237, UndisclosedArrangement: false));
        Occupancy.Of(camRanh, [lease], GameMaster).UndisclosedArrangement.ShouldBeFalse();
    }

    [Fact]
    public void AVetoedSecretLease_NoLongerHoldsTheBase()
    {
        var gameId = Guid.NewGuid();
        var camRanh = new Installation(Guid.NewGuid(), gameId, "VNM", "Cam Ranh Base", InstallationKind.NavalBase, 20_000);
        var lease = new Agreement(Guid.NewGuid(), gameId, new BasingRightsClause([camRanh.Id], 0, 1_237, [], null), new ClauseParties("RUS", "VNM"), Classification.Secret, Guid.NewGuid(), new DateOnly(2018, 10, 3), true);
        lease.Veto("Vetoed.", "gm", new DateOnly(2018, 10, 3));

        Occupancy.Of(camRanh, [lease], China).ShouldBe(new Occupancy(0, 0, 20_000, UndisclosedArrangement: false));
    }
}
