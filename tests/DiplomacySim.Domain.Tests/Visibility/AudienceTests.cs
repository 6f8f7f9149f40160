using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.Visibility;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Tests.Visibility;

/// <summary>Who may see what: one table of cases for every kind of thing, the one rule every path uses.</summary>
public sealed class AudienceTests
{
    private static readonly Viewer Russia = Player("RUS");
    private static readonly Viewer VietNam = Player("VNM");
    private static readonly Viewer Thailand = Player("THA");
    private static readonly Viewer China = Player("CHN");
    private static readonly Viewer Spectator = Player();
    private static readonly Viewer GameMaster = new("gm", true, new HashSet<Guid>(), new HashSet<string>());

    private static Viewer Player(params string[] nations) =>
        new("user", false, new HashSet<Guid>(), new HashSet<string>(nations, StringComparer.Ordinal));

    public static TheoryData<Classification, string, bool> Communiques => new()
    {
        { Classification.Public, "CHN", true },
        { Classification.Public, "spectator", true },
        { Classification.Confidential, "RUS", true },
        { Classification.Confidential, "VNM", true },
        { Classification.Confidential, "CHN", false },
        { Classification.Secret, "VNM", true },
        { Classification.Secret, "THA", false },
        { Classification.Secret, "spectator", false },
        { Classification.Secret, "gm", true },
    };

    [Theory]
    [MemberData(nameof(Communiques))]
    public void ACommunique_IsSeenByItsTwoNationsAndTheGms_UnlessPublic(Classification classification, string who, bool sees)
    {
        var letter = new Communique(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "RUS", "VNM", "Subject", classification, "", null, DateTimeOffset.UnixEpoch, new DateOnly(2018, 10, 3), "rus");

        letter.IsVisibleTo(ViewerNamed(who)).ShouldBe(sees);
    }

    public static TheoryData<Classification, string, bool> Mandates => new()
    {
        { Classification.Secret, "RUS", true },
        { Classification.Secret, "VNM", true },
        { Classification.Secret, "THA", true },
        { Classification.Secret, "CHN", false },
        { Classification.Secret, "spectator", false },
        { Classification.Secret, "gm", true },
        { Classification.Public, "CHN", true },
    };

    [Theory]
    [MemberData(nameof(Mandates))]
    public void AMandate_IsSeenByItsPartiesAndItsHost(Classification classification, string who, bool sees)
    {
        var mandate = new Agreement(Guid.NewGuid(), Guid.NewGuid(), new ProtectingPowerClause("RUS", "THA", ProtectionScope.Both), new ClauseParties("RUS", "VNM"), classification, Guid.NewGuid(), new DateOnly(2018, 10, 3), true);

        mandate.IsVisibleTo(ViewerNamed(who)).ShouldBe(sees);
    }

    [Theory]
    [InlineData(RelationsVisibility.Public, "CHN", true)]
    [InlineData(RelationsVisibility.Public, "spectator", true)]
    [InlineData(RelationsVisibility.OwnNationOnly, "RUS", true)]
    [InlineData(RelationsVisibility.OwnNationOnly, "VNM", true)]
    [InlineData(RelationsVisibility.OwnNationOnly, "CHN", false)]
    [InlineData(RelationsVisibility.OwnNationOnly, "spectator", false)]
    [InlineData(RelationsVisibility.OwnNationOnly, "gm", true)]
    public void AScore_IsSeenByEveryone_OrOnlyByItsTwoNations(RelationsVisibility visibility, string who, bool sees) =>
        ViewerNamed(who).MaySee(Audience.OfRelation(visibility, "RUS", "VNM")).ShouldBe(sees);

    [Fact]
    public void APlayerOfSeveralNations_SeesWhatAnyOfThemMay() =>
        Player("CHN", "VNM").MaySee(Audience.Only(["RUS", "VNM"])).ShouldBeTrue();

    [Fact]
    public void AnAudience_IsTheSameWhateverTheOrderOfItsNations() =>
        Audience.Only(["VNM", "RUS", "VNM"]).ShouldBe(Audience.Only(["RUS", "VNM"]));

    private static Viewer ViewerNamed(string who) => who switch
    {
        "RUS" => Russia,
        "VNM" => VietNam,
        "THA" => Thailand,
        "CHN" => China,
        "spectator" => Spectator,
        "gm" => GameMaster,
        _ => throw new ArgumentOutOfRangeException(nameof(who), who, null),
    };

    [Fact]
    public void AMembersOwnThing_IsSeenByThemAndTheGmsOnly_WhateverTheirNations()
    {
        var claimant = new Viewer("id-anna", false, new HashSet<Guid>(), new HashSet<string>(["RUS"], StringComparer.Ordinal));
        var audience = Audience.OnlyMember("id-anna");

        claimant.MaySee(audience).ShouldBeTrue();
        GameMaster.MaySee(audience).ShouldBeTrue();
        Russia.MaySee(audience).ShouldBeFalse("another player of the claimant's nation");
        Spectator.MaySee(audience).ShouldBeFalse();
        Viewer.Outsider(null).MaySee(audience).ShouldBeFalse();
        claimant.AudienceKeys.ShouldBe(["RUS", "@id-anna"], ignoreOrder: true);
    }
}
