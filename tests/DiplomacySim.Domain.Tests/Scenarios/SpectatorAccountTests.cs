using DiplomacySim.Domain.Scenarios;
using DiplomacySim.Domain.World;
using static DiplomacySim.Domain.Tests.Scenarios.ScenarioSamples;

namespace DiplomacySim.Domain.Tests.Scenarios;

public sealed class SpectatorAccountTests
{
    private static IReadOnlyList<ScenarioError> Validate(AccountDefinition account) =>
        ScenarioValidator.Validate("test.json", Valid() with { Accounts = [account] });

    [Fact]
    public void ASpectator_IsValid() => Validate(new() { UserName = "watcher", Spectator = true }).ShouldBeEmpty();

    [Fact]
    public void ASpectatorThatIsAlsoAGameMaster_IsReported() =>
        Validate(new() { UserName = "watcher", Spectator = true, GameMaster = true }).ShouldHaveSingleItem().Field.ShouldBe("accounts[0].spectator");

    [Fact]
    public void ASpectatorHoldingAMinistry_IsReported() =>
        Validate(new() { UserName = "watcher", Spectator = true, Holds = [new() { Nation = "RUS", Kind = MinistryKind.ForeignAffairs }] })
            .ShouldHaveSingleItem().Field.ShouldBe("accounts[0].spectator");
}
