using DiplomacySim.Domain.Scenarios;
using static DiplomacySim.Domain.Tests.Scenarios.ScenarioSamples;

namespace DiplomacySim.Domain.Tests.Scenarios;

/// <summary>A scenario account's optional display name: one line the server can store.</summary>
public sealed class AccountDisplayNameTests
{
    private static IReadOnlyList<ScenarioError> Validate(string? displayName) =>
        ScenarioValidator.Validate("test.json", Valid() with { Accounts = [new() { UserName = "vnm.mfa", DisplayName = displayName }] });

    [Theory]
    [InlineData(null)]
    [InlineData("Bùi Thanh Sơn")]
    public void NoneOrOneLine_IsValid(string? displayName) => Validate(displayName).ShouldBeEmpty();

    [Fact]
    public void AsLongAsTheServerStores_IsValid() => Validate(new string('x', ScenarioValidator.MaxDisplayNameLength)).ShouldBeEmpty();

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("two\nlines")]
    public void EmptyBlankOrSeveralLines_IsReported(string displayName) =>
        Validate(displayName).ShouldHaveSingleItem().Field.ShouldBe("accounts[0].displayName");

    [Fact]
    public void LongerThanTheServerStores_IsReported() =>
        Validate(new string('x', ScenarioValidator.MaxDisplayNameLength + 1)).ShouldHaveSingleItem().Field.ShouldBe("accounts[0].displayName");
}
