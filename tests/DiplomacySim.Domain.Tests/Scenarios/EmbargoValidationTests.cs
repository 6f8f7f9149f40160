using DiplomacySim.Domain.Scenarios;
using static DiplomacySim.Domain.Tests.Scenarios.ScenarioSamples;

namespace DiplomacySim.Domain.Tests.Scenarios;

/// <summary>The optional <c>embargoes</c> of a scenario: known nations, never itself, each pair once.</summary>
public sealed class EmbargoValidationTests
{
    private static ScenarioDefinition With(params EmbargoDefinition[] embargoes) => Valid() with { Embargoes = [.. embargoes] };

    private static EmbargoDefinition Embargo(string? imposer, string? target) => new() { Imposer = imposer, Target = target, Note = "Sanctions." };

    private static IReadOnlyList<ScenarioError> Validate(ScenarioDefinition scenario) => ScenarioValidator.Validate("test.json", scenario);

    [Fact]
    public void AnEmbargoBetweenKnownNations_IsValid() => Validate(With(Embargo("RUS", "VNM"), Embargo("VNM", "RUS"))).ShouldBeEmpty();

    [Fact]
    public void AnUnknownImposerOrTarget_IsReportedAtItsField()
    {
        var errors = Validate(With(Embargo("XYZ", "VNM"), Embargo("RUS", null)));

        errors.Select(e => e.Field).ShouldBe(["embargoes[0].imposer", "embargoes[1].target"]);
    }

    [Fact]
    public void ANationEmbargoingItself_IsReported() =>
        Validate(With(Embargo("RUS", "RUS"))).ShouldHaveSingleItem().ShouldBe(new ScenarioError("test.json", "embargoes[0].target", "a nation cannot embargo itself."));

    [Fact]
    public void TheSameEmbargoTwice_IsReportedAtTheSecond()
    {
        var error = Validate(With(Embargo("RUS", "VNM"), Embargo("RUS", "VNM"))).ShouldHaveSingleItem();

        error.Field.ShouldBe("embargoes[1]");
        error.Message.ShouldContain("embargoes[0]");
    }

    [Fact]
    public void ANullEntry_IsReported() =>
        Validate(Valid() with { Embargoes = [null!] }).ShouldHaveSingleItem().Field.ShouldBe("embargoes[0]");

    [Fact]
    public void EmbargoesAreReadFromTheFile()
    {
        var result = ScenarioReader.Read("test.json", """
            {
              "slug": "two-nations", "title": "Two nations", "inGameDate": "2018-10-03",
              "nations": [
                { "code": "RUS", "name": "Russia", "region": "eurasia", "ministries": [ { "kind": "foreignAffairs", "title": "MFA of Russia" } ] },
                { "code": "VNM", "name": "Viet Nam", "region": "southeast-asia", "ministries": [ { "kind": "foreignAffairs", "title": "MFA of Viet Nam" } ] }
              ],
              "embargoes": [ { "imposer": "VNM", "target": "RUS", "note": "In a what-if game." } ]
            }
            """);

        result.Errors.ShouldBeEmpty();
        result.Scenario!.Embargoes.ShouldHaveSingleItem().ShouldBe(new EmbargoDefinition { Imposer = "VNM", Target = "RUS", Note = "In a what-if game." });
    }
}
