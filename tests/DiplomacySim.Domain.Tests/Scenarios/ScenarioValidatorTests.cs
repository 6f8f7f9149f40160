using DiplomacySim.Domain.Scenarios;
using DiplomacySim.Domain.World;
using static DiplomacySim.Domain.Tests.Scenarios.ScenarioSamples;

namespace DiplomacySim.Domain.Tests.Scenarios;

/// <summary>One test per rule of seeds/README.md, each breaking the small valid sample in one place.</summary>
public sealed class ScenarioValidatorTests
{
    [Fact]
    public void ValidScenario_HasNoErrors() => Validate(Valid()).ShouldBeEmpty();

    [Fact]
    public void Errors_CarryTheFileName()
    {
        var errors = ScenarioValidator.Validate("rus-vnm-2018.json", Valid() with { Title = null });

        errors.ShouldHaveSingleItem().ToString().ShouldBe("rus-vnm-2018.json: title: is required.");
    }

    // The game

    [Fact]
    public void MissingSlug_IsReported() => OnlyError(Valid() with { Slug = null }).Field.ShouldBe("slug");

    [Theory]
    [InlineData("RUS-VNM-2018")]
    [InlineData("rus vnm")]
    [InlineData("ab")]
    [InlineData("-rus-vnm")]
    [InlineData("rus-vnm-2018\n")]
    public void SlugNotOfLowercaseLettersDigitsAndHyphens_IsReported(string slug) =>
        OnlyError(Valid() with { Slug = slug }).Field.ShouldBe("slug");

    [Fact]
    public void SlugOf64Characters_IsAccepted() => Validate(Valid() with { Slug = new string('a', 64) }).ShouldBeEmpty();

    [Fact]
    public void SlugOf65Characters_IsReported() => OnlyError(Valid() with { Slug = new string('a', 65) }).Field.ShouldBe("slug");

    [Fact]
    public void BlankTitle_IsReported() => OnlyError(Valid() with { Title = "  " }).Field.ShouldBe("title");

    [Fact]
    public void MissingInGameDate_IsReported() => OnlyError(Valid() with { InGameDate = null }).Field.ShouldBe("inGameDate");

    [Fact]
    public void MissingRulesetVisibilityAndDefaultMission_MeanTheDefaults() =>
        Validate(Valid() with { Ruleset = null, RelationsVisibility = null, DefaultMission = null }).ShouldBeEmpty();

    [Fact]
    public void RulesetThatIsNotAFileName_IsReported() => OnlyError(Valid() with { Ruleset = "../secrets" }).Field.ShouldBe("ruleset");

    // Nations

    [Fact]
    public void FewerThanTwoNations_IsReported() => OnlyError(Valid() with { Nations = [Russia()], Installations = [], Missions = [], Opinions = [] }).Field.ShouldBe("nations");

    [Fact]
    public void NullNation_IsReported() => OnlyError(Valid() with { Nations = [Russia(), VietNam(), null!] }).Field.ShouldBe("nations[2]");

    [Fact]
    public void MissingNationCode_IsReported() =>
        OnlyError(Valid() with { Nations = [Russia(), VietNam(), Nation("THA", "Thailand", "southeast-asia") with { Code = null }] }).Field.ShouldBe("nations[2].code");

    [Theory]
    [InlineData("Tha")]
    [InlineData("TH")]
    [InlineData("THAI")]
    [InlineData("T1A")]
    public void NationCodeNotOfThreeCapitals_IsReported(string code) =>
        OnlyError(Valid() with { Nations = [Russia(), VietNam(), Nation(code, "Thailand", "southeast-asia")] }).Field.ShouldBe("nations[2].code");

    [Fact]
    public void DuplicateNationCode_IsReportedOnTheSecond()
    {
        var error = OnlyError(Valid() with { Nations = [Russia(), VietNam(), Nation("VNM", "Thailand", "southeast-asia")] });

        error.Field.ShouldBe("nations[2].code");
        error.Message.ShouldContain("nations[1]");
    }

    [Fact]
    public void MissingNationName_IsReported() => OnlyError(Valid() with { Nations = [Russia() with { Name = "" }, VietNam()] }).Field.ShouldBe("nations[0].name");

    [Fact]
    public void AliasThatIsAnotherNationsName_IsReportedIgnoringCaseAndDiacritics()
    {
        // "viet-NAM" and "Viet Nam" are one name to NameKey, so a letter could not tell the nations apart.
        var error = OnlyError(Valid() with { Nations = [VietNam(), Russia() with { Aliases = ["Russia", "viet-NAM"] }] });

        error.Field.ShouldBe("nations[1].aliases[1]");
        error.Message.ShouldContain("VNM (nations[0].name)");
    }

    [Fact]
    public void NameThatIsAnotherNationsCode_IsReported() =>
        OnlyError(Valid() with { Nations = [Russia(), VietNam() with { Aliases = ["rus"] }] }).Field.ShouldBe("nations[1].aliases[0]");

    [Fact]
    public void AliasRepeatingItsOwnNationsName_IsAccepted() =>
        Validate(Valid() with { Nations = [Russia() with { Aliases = ["Russian Federation", "RUS"] }, VietNam()] }).ShouldBeEmpty();

    [Fact]
    public void BlankAlias_IsReported() => OnlyError(Valid() with { Nations = [Russia() with { Aliases = [" "] }, VietNam()] }).Field.ShouldBe("nations[0].aliases[0]");

    [Fact]
    public void MissingRegion_IsReported() => OnlyError(Valid() with { Nations = [Russia() with { Region = null }, VietNam()] }).Field.ShouldBe("nations[0].region");

    [Fact]
    public void RegionNotALowercaseCode_IsReported() =>
        OnlyError(Valid() with { Nations = [Russia(), VietNam() with { Region = "South East Asia" }] }).Field.ShouldBe("nations[1].region");

    [Fact]
    public void InterestInTheNationsOwnRegion_IsReported() =>
        OnlyError(Valid() with { Nations = [Russia() with { Interests = ["southeast-asia", "eurasia"] }, VietNam()] }).Field.ShouldBe("nations[0].interests[1]");

    [Fact]
    public void BlocNotALowercaseCode_IsReported() => OnlyError(Valid() with { Nations = [Russia() with { Blocs = ["SCO"] }, VietNam()] }).Field.ShouldBe("nations[0].blocs[0]");

    [Fact]
    public void RivalListedLater_IsAccepted() => Validate(Valid() with { Nations = [Russia() with { Rivals = ["VNM"] }, VietNam()] }).ShouldBeEmpty();

    [Fact]
    public void UnknownRival_IsReported() => OnlyError(Valid() with { Nations = [Russia() with { Rivals = ["USA"] }, VietNam()] }).Field.ShouldBe("nations[0].rivals[0]");

    [Fact]
    public void NationItsOwnRival_IsReported() => OnlyError(Valid() with { Nations = [Russia() with { Rivals = ["RUS"] }, VietNam()] }).Field.ShouldBe("nations[0].rivals[0]");

    [Fact]
    public void NationWithoutMinistries_IsReported() =>
        OnlyError(Valid() with { Nations = [Russia(), VietNam() with { Ministries = [] }] }).Field.ShouldBe("nations[1].ministries");

    [Fact]
    public void MinistryWithoutKind_IsReported() =>
        OnlyError(Valid() with { Nations = [Russia(), WithMinistries(VietNam(), new MinistryDefinition { Title = "Ministry of Foreign Affairs" })] }).Field.ShouldBe("nations[1].ministries[0].kind");

    [Fact]
    public void TwoMinistriesOfOneKind_AreReported()
    {
        var twice = WithMinistries(VietNam(), new MinistryDefinition { Kind = MinistryKind.ForeignAffairs, Title = "A" }, new() { Kind = MinistryKind.ForeignAffairs, Title = "B" });

        OnlyError(Valid() with { Nations = [Russia(), twice] }).Field.ShouldBe("nations[1].ministries[1].kind");
    }

    [Fact]
    public void MinistryWithoutTitle_IsReported() =>
        OnlyError(Valid() with { Nations = [Russia(), WithMinistries(VietNam(), new MinistryDefinition { Kind = MinistryKind.ForeignAffairs })] }).Field.ShouldBe("nations[1].ministries[0].title");

    // Installations

    [Fact]
    public void InstallationInAnUnknownNation_IsReported() => OnlyError(Valid() with { Installations = [YenBai() with { Nation = "THA" }] }).Field.ShouldBe("installations[0].nation");

    [Fact]
    public void InstallationWithoutName_IsReported() => OnlyError(Valid() with { Installations = [YenBai() with { Name = null }] }).Field.ShouldBe("installations[0].name");

    [Fact]
    public void InstallationNameWrittenAgainWithoutDiacritics_IsReported()
    {
        var error = OnlyError(Valid() with { Installations = [YenBai(), YenBai() with { Name = "Yen Bai air base" }] });

        error.Field.ShouldBe("installations[1].name");
        error.Message.ShouldContain("\"Yên Bái Air Base\" (installations[0].name)");
    }

    [Fact]
    public void InstallationAliasThatIsAnotherInstallationsName_IsReported()
    {
        var camRanh = new InstallationDefinition { Nation = "VNM", Name = "Cam Ranh Base", Aliases = ["Cam Ranh Bay", "Yên Bái Air Base"], Kind = InstallationKind.NavalBase, Capacity = 100 };

        OnlyError(Valid() with { Installations = [YenBai(), camRanh] }).Field.ShouldBe("installations[1].aliases[1]");
    }

    [Fact]
    public void InstallationWithoutKind_IsReported() => OnlyError(Valid() with { Installations = [YenBai() with { Kind = null }] }).Field.ShouldBe("installations[0].kind");

    [Fact]
    public void InstallationWithoutCapacity_IsReported() => OnlyError(Valid() with { Installations = [YenBai() with { Capacity = null }] }).Field.ShouldBe("installations[0].capacity");

    [Fact]
    public void NegativeCapacity_IsReported() => OnlyError(Valid() with { Installations = [YenBai() with { Capacity = -1 }] }).Field.ShouldBe("installations[0].capacity");

    [Fact]
    public void NegativeForeignPersonnel_IsReported() => OnlyError(Valid() with { Installations = [YenBai() with { ForeignPersonnel = -5 }] }).Field.ShouldBe("installations[0].foreignPersonnel");

    [Fact]
    public void ForeignPersonnelAboveCapacity_IsReported()
    {
        var error = OnlyError(Valid() with { Installations = [YenBai() with { Capacity = 100, ForeignPersonnel = 101 }] });

        error.Field.ShouldBe("installations[0].foreignPersonnel");
        error.Message.ShouldBe("is 101, more than the capacity of 100.");
    }

    [Fact]
    public void ForeignPersonnelAtCapacityOrMissing_IsAccepted() =>
        Validate(Valid() with { Installations = [YenBai() with { Capacity = 100, ForeignPersonnel = 100 }, YenBai() with { Name = "Biên Hòa Air Base", ForeignPersonnel = null }] }).ShouldBeEmpty();

    // Missions

    [Fact]
    public void UnknownNationInMission_IsReportedWithItsField()
    {
        var error = OnlyError(Valid() with { Missions = [new() { From = "RUS", To = "THA", Status = MissionStatus.Closed }] });

        error.Field.ShouldBe("missions[0].to");
        error.Message.ShouldBe("\"THA\" is not the code of a nation in this file; the nations are RUS, VNM.");
    }

    [Fact]
    public void NationCodeInTheWrongCase_IsReportedWithTheCodeMeant() =>
        OnlyError(Valid() with { Missions = [new() { From = "rus", To = "VNM", Status = MissionStatus.Open }] }).Message.ShouldEndWith("did you mean \"RUS\"?");

    [Fact]
    public void MissionToItself_IsReported() => OnlyError(Valid() with { Missions = [new() { From = "VNM", To = "VNM", Status = MissionStatus.Open }] }).Field.ShouldBe("missions[0].to");

    [Fact]
    public void MissionWithoutStatus_IsReported() => OnlyError(Valid() with { Missions = [new() { From = "RUS", To = "VNM" }] }).Field.ShouldBe("missions[0].status");

    [Fact]
    public void SamePairListedTwice_IsReported()
    {
        var error = OnlyError(Valid() with { Missions = [new() { From = "RUS", To = "VNM", Status = MissionStatus.Open }, new() { From = "RUS", To = "VNM", Status = MissionStatus.Closed }] });

        error.Field.ShouldBe("missions[1]");
        error.Message.ShouldContain("missions[0]");
    }

    [Fact]
    public void BothDirectionsOfAPair_AreAccepted() =>
        Validate(Valid() with { Missions = [new() { From = "RUS", To = "VNM", Status = MissionStatus.Open }, new() { From = "VNM", To = "RUS", Status = MissionStatus.Severed }] }).ShouldBeEmpty();

    // Opinions

    [Fact]
    public void UnknownNationInOpinion_IsReported() => OnlyError(Valid() with { Opinions = [Opinion() with { From = "CHN" }] }).Field.ShouldBe("opinions[0].from");

    [Fact]
    public void OpinionOfItself_IsReported() => OnlyError(Valid() with { Opinions = [Opinion() with { To = "RUS" }] }).Field.ShouldBe("opinions[0].to");

    [Theory]
    [InlineData(-101)]
    [InlineData(101)]
    public void AmountOutsideMinus100To100_IsReported(int amount) => OnlyError(Valid() with { Opinions = [Opinion() with { Amount = amount }] }).Field.ShouldBe("opinions[0].amount");

    [Theory]
    [InlineData(-100)]
    [InlineData(100)]
    public void AmountAtTheLimits_IsAccepted(int amount) => Validate(Valid() with { Opinions = [Opinion() with { Amount = amount }] }).ShouldBeEmpty();

    [Fact]
    public void OpinionWithoutAmount_IsReported() => OnlyError(Valid() with { Opinions = [Opinion() with { Amount = null }] }).Field.ShouldBe("opinions[0].amount");

    [Fact]
    public void OpinionWithoutReason_IsReported() => OnlyError(Valid() with { Opinions = [Opinion() with { Reason = null }] }).Field.ShouldBe("opinions[0].reason");

    [Theory]
    [InlineData("South China Sea dispute")]
    [InlineData("south_china_sea")]
    [InlineData("-dispute")]
    public void ReasonNotALowercaseCode_IsReported(string reason) => OnlyError(Valid() with { Opinions = [Opinion() with { Reason = reason }] }).Field.ShouldBe("opinions[0].reason");

    // Accounts

    [Fact]
    public void AccountWithoutUserName_IsReported() => OnlyError(Valid() with { Accounts = [Holder("rus.mfa", "RUS", MinistryKind.ForeignAffairs) with { UserName = null }] }).Field.ShouldBe("accounts[0].userName");

    [Theory]
    [InlineData("Rus.Mfa")]
    [InlineData("r")]
    [InlineData("rus mfa")]
    [InlineData("a-user-name-longer-than-32-chars-x")]
    public void UserNameNotOfTheAllowedForm_IsReported(string userName) =>
        OnlyError(Valid() with { Accounts = [Holder(userName, "RUS", MinistryKind.ForeignAffairs)] }).Field.ShouldBe("accounts[0].userName");

    [Fact]
    public void DuplicateUserName_IsReported() =>
        OnlyError(Valid() with { Accounts = [Holder("rus.mfa", "RUS", MinistryKind.ForeignAffairs), Holder("rus.mfa", "RUS", MinistryKind.Defence)] }).Field.ShouldBe("accounts[1].userName");

    [Fact]
    public void HoldingAMinistryOfAnUnknownNation_IsReported() =>
        OnlyError(Valid() with { Accounts = [Holder("tha.mfa", "THA", MinistryKind.ForeignAffairs)] }).Field.ShouldBe("accounts[0].holds[0].nation");

    [Fact]
    public void HoldingAMinistryTheNationLacks_IsReported()
    {
        var error = OnlyError(Valid() with { Accounts = [Holder("vnm.trade", "VNM", MinistryKind.Trade)] });

        error.Field.ShouldBe("accounts[0].holds[0].kind");
        error.Message.ShouldBe("VNM has no trade ministry in this file.");
    }

    [Fact]
    public void HoldWithoutKind_IsReported() =>
        OnlyError(Valid() with { Accounts = [new() { UserName = "vnm.mfa", Holds = [new() { Nation = "VNM" }] }] }).Field.ShouldBe("accounts[0].holds[0].kind");

    [Fact]
    public void MinistryHeldByTwoAccounts_IsReported()
    {
        var error = OnlyError(Valid() with { Accounts = [Holder("rus.mfa", "RUS", MinistryKind.ForeignAffairs), Holder("rus.other", "RUS", MinistryKind.ForeignAffairs)] });

        error.Field.ShouldBe("accounts[1].holds[0]");
        error.Message.ShouldContain("accounts[0] (\"rus.mfa\")");
    }

    [Fact]
    public void GameMasterHoldingNothing_IsAccepted() =>
        Validate(Valid() with { Accounts = [new() { UserName = "gm", GameMaster = true }] }).ShouldBeEmpty();

    // Several problems

    [Fact]
    public void ScenarioWithSeveralProblems_ReportsEveryOneInFileOrder()
    {
        var broken = Valid() with
        {
            Slug = "Bad Slug",
            Nations = [Russia(), VietNam() with { Ministries = [] }],
            Installations = [YenBai() with { Capacity = 10, ForeignPersonnel = 20 }],
            Opinions = [Opinion() with { Amount = 500 }],
            Accounts = [Holder("vnm.mfa", "VNM", MinistryKind.ForeignAffairs)],
        };

        Validate(broken).Select(e => e.Field).ShouldBe(
        [
            "slug",
            "nations[1].ministries",
            "installations[0].foreignPersonnel",
            "opinions[0].amount",
            "accounts[0].holds[0].kind",
        ]);
    }

    private static IReadOnlyList<ScenarioError> Validate(ScenarioDefinition scenario) => ScenarioValidator.Validate("test.json", scenario);

    /// <summary>The one error the scenario has: a broken rule reports itself once, without knock-on errors.</summary>
    private static ScenarioError OnlyError(ScenarioDefinition scenario)
    {
        var error = Validate(scenario).ShouldHaveSingleItem();
        error.File.ShouldBe("test.json");
        return error;
    }

    private static NationDefinition WithMinistries(NationDefinition nation, params MinistryDefinition[] ministries) => nation with { Ministries = [.. ministries] };

    private static OpinionDefinition Opinion() => Valid().Opinions![0];
}
