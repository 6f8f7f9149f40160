using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.Visibility;

namespace DiplomacySim.Domain.Tests.Play;

/// <summary>A GM who plays a party to an agreement may not rule on it; one who plays no party may.</summary>
public sealed class ImpartialityTests
{
    private static readonly DateOnly Today = new(2018, 10, 3);

    // Viet Nam protects Russia's interests in Thailand: Russia and Viet Nam bound, Thailand asked to consent.
    private static readonly Agreement Mandate =
        new(Guid.NewGuid(), Guid.NewGuid(), new ProtectingPowerClause("RUS", "THA", ProtectionScope.Both), new ClauseParties("RUS", "VNM"), Classification.Secret, Guid.NewGuid(), Today, true);

    private static Viewer GameMaster(params string[] nationsPlayed) =>
        new("gm", true, new HashSet<Guid>(), nationsPlayed.ToHashSet(StringComparer.Ordinal));

    [Theory]
    [InlineData("RUS")]
    [InlineData("VNM")]
    [InlineData("THA")]
    public void AGmPlayingAnyParty_IsInConflict(string played)
    {
        Impartiality.ConflictsOf(GameMaster(played), Mandate).ShouldBe([played]);
        Impartiality.Refusal(GameMaster(played), Mandate, code => code == "THA" ? "Thailand" : code).ShouldNotBeNull()
            .ShouldContain(played == "THA" ? "Thailand" : played);
    }

    [Fact]
    public void AGmPlayingNoParty_MayRule()
    {
        Impartiality.ConflictsOf(GameMaster("USA"), Mandate).ShouldBeEmpty();
        Impartiality.Refusal(GameMaster(), Mandate, code => code).ShouldBeNull();
    }

    [Fact]
    public void AGmPlayingTwoParties_IsToldOfBoth()
    {
        var refusal = Impartiality.Refusal(GameMaster("VNM", "RUS", "USA"), Mandate, code => code);

        Impartiality.ConflictsOf(GameMaster("VNM", "RUS", "USA"), Mandate).Order(StringComparer.Ordinal).ShouldBe(["RUS", "VNM"]);
        refusal.ShouldNotBeNull().ShouldContain("RUS and VNM");
        refusal.ShouldContain("another game master");
    }
}
