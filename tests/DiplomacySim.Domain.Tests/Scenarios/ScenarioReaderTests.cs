using DiplomacySim.Domain.Scenarios;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Tests.Scenarios;

public sealed class ScenarioReaderTests
{
    private const string File = "test.json";

    [Fact]
    public void ValidFile_GivesTheScenarioAndNoErrors()
    {
        var result = ScenarioReader.Read(File, ScenarioSamples.ValidJson);

        result.Errors.ShouldBeEmpty();
        result.IsValid.ShouldBeTrue();
        result.Scenario.ShouldNotBeNull().InGameDate.ShouldBe(new DateOnly(2018, 10, 3));
        result.Scenario.Installations.ShouldNotBeNull().Single().Kind.ShouldBe(InstallationKind.AirBase);
    }

    [Fact]
    public void CommentsAndTrailingCommas_AreAccepted()
    {
        var json = "// a scenario\n" + ScenarioSamples.ValidJson.Replace("\"status\": \"open\" }]", "\"status\": \"open\", }, /* last */ ]", StringComparison.Ordinal);

        ScenarioReader.Read(File, json).Errors.ShouldBeEmpty();
    }

    [Fact]
    public void EnumInAnyCase_IsAccepted()
    {
        var json = ScenarioSamples.ValidJson.Replace("\"airBase\"", "\"AIRBASE\"", StringComparison.Ordinal);

        ScenarioReader.Read(File, json).Scenario.ShouldNotBeNull().Installations!.Single().Kind.ShouldBe(InstallationKind.AirBase);
    }

    [Fact]
    public void ANationsClaimStatus_IsOptional_AndReadWhenGiven()
    {
        var json = ScenarioSamples.ValidJson.Replace("\"name\": \"Russian Federation\",", "\"name\": \"Russian Federation\", \"claimStatus\": \"reserved\",", StringComparison.Ordinal);

        var result = ScenarioReader.Read(File, json);

        result.Errors.ShouldBeEmpty();
        result.Scenario.ShouldNotBeNull().Nations!.Select(n => n.ClaimStatus).ShouldBe([ClaimStatus.Reserved, null]);
    }

    [Fact]
    public void AnUnknownClaimStatus_IsAnErrorAtItsPath()
    {
        var json = ScenarioSamples.ValidJson.Replace("\"name\": \"Russian Federation\",", "\"name\": \"Russian Federation\", \"claimStatus\": \"closed\",", StringComparison.Ordinal);

        var error = ScenarioReader.Read(File, json).Errors.ShouldHaveSingleItem();

        error.Field.ShouldBe("nations[0].claimStatus");
        error.Message.ShouldContain("\"applicationOnly\"");
    }

    [Fact]
    public void MalformedJson_IsOneErrorWithItsLine()
    {
        // Line 8 of the sample loses the comma after the nation's name; the reader stumbles on line 9.
        var json = ScenarioSamples.ValidJson.Replace("\"name\": \"Russian Federation\",", "\"name\": \"Russian Federation\"", StringComparison.Ordinal);

        var result = ScenarioReader.Read(File, json);

        result.Scenario.ShouldBeNull();
        result.IsValid.ShouldBeFalse();
        var error = result.Errors.ShouldHaveSingleItem();
        error.File.ShouldBe(File);
        error.Field.ShouldBe("nations[0]");
        error.Message.ShouldStartWith("line 9: this is not valid JSON: '\"' is invalid after a value.");
        error.Message.ShouldContain("on this line or the one before");
    }

    [Fact]
    public void EmptyFile_IsNotValidJson()
    {
        var error = ScenarioReader.Read(File, "  ").Errors.ShouldHaveSingleItem();

        error.Field.ShouldBe("$");
        error.Message.ShouldContain("not valid JSON");
    }

    [Fact]
    public void NullDocument_IsReported()
    {
        var error = ScenarioReader.Read(File, "null").Errors.ShouldHaveSingleItem();

        error.Field.ShouldBe("$");
        error.Message.ShouldContain("null");
    }

    [Fact]
    public void UnknownProperty_IsCaughtAsATypoWithItsPath()
    {
        var json = ScenarioSamples.ValidJson.Replace("\"foreignPersonnel\"", "\"foreignPersonel\"", StringComparison.Ordinal);

        var error = ScenarioReader.Read(File, json).Errors.ShouldHaveSingleItem();

        error.Field.ShouldBe("installations[0].foreignPersonel");
        error.Message.ShouldBe("line 20: unknown property \"foreignPersonel\"; did you mean \"foreignPersonnel\"?");
    }

    [Fact]
    public void UnknownPropertyLikeNoOther_ListsTheAllowedOnes()
    {
        var json = ScenarioSamples.ValidJson.Replace("\"slug\"", "\"colour\": \"red\", \"slug\"", StringComparison.Ordinal);

        var error = ScenarioReader.Read(File, json).Errors.ShouldHaveSingleItem();

        error.Field.ShouldBe("colour");
        error.Message.ShouldContain("the properties allowed here are slug, title, description, inGameDate");
    }

    [Fact]
    public void WrongEnumValue_NamesTheValuesAllowed()
    {
        var json = ScenarioSamples.ValidJson.Replace("{ \"kind\": \"foreignAffairs\", \"title\": \"Ministry of Foreign Affairs of Viet Nam\" }", "{ \"kind\": \"foreignMinistry\", \"title\": \"x\" }", StringComparison.Ordinal);

        var error = ScenarioReader.Read(File, json).Errors.ShouldHaveSingleItem();

        error.Field.ShouldBe("nations[1].ministries[0].kind");
        error.Message.ShouldBe("line 16: expected one of \"foreignAffairs\", \"defence\", \"trade\", \"interior\", \"energy\", \"headOfGovernment\", found \"foreignMinistry\".");
    }

    [Fact]
    public void EnumAsNumber_IsRefused()
    {
        var json = ScenarioSamples.ValidJson.Replace("\"status\": \"open\"", "\"status\": 0", StringComparison.Ordinal);

        var error = ScenarioReader.Read(File, json).Errors.ShouldHaveSingleItem();

        error.Field.ShouldBe("missions[0].status");
        error.Message.ShouldContain("found 0");
    }

    [Fact]
    public void DateInAnotherForm_IsReportedWithTheFormExpected()
    {
        var json = ScenarioSamples.ValidJson.Replace("\"2018-10-03\"", "\"03/10/2018\"", StringComparison.Ordinal);

        var error = ScenarioReader.Read(File, json).Errors.ShouldHaveSingleItem();

        error.Field.ShouldBe("inGameDate");
        error.Message.ShouldBe("line 4: expected a date written yyyy-MM-dd, like \"2018-10-03\", found \"03/10/2018\".");
    }

    [Fact]
    public void TextWhereANumberBelongs_IsReported()
    {
        var json = ScenarioSamples.ValidJson.Replace("\"capacity\": 8000", "\"capacity\": \"8,000\"", StringComparison.Ordinal);

        var error = ScenarioReader.Read(File, json).Errors.ShouldHaveSingleItem();

        error.Field.ShouldBe("installations[0].capacity");
        error.Message.ShouldContain("expected a whole number");
        error.Message.ShouldContain("found \"8,000\"");
    }

    [Fact]
    public void PropertyGivenTwice_IsReported()
    {
        var json = ScenarioSamples.ValidJson.Replace("\"title\": \"Test game\",", "\"title\": \"Test game\", \"title\": \"Other\",", StringComparison.Ordinal);

        var error = ScenarioReader.Read(File, json).Errors.ShouldHaveSingleItem();

        error.Field.ShouldBe("title");
        error.Message.ShouldContain("\"title\" is given twice");
    }

    [Fact]
    public void FileWithSeveralProblems_ReportsAllOfThemWithFileAndField()
    {
        var json = ScenarioSamples.ValidJson
            .Replace("\"slug\": \"test-game\"", "\"slug\": \"Test Game\"", StringComparison.Ordinal)
            .Replace("\"code\": \"VNM\"", "\"code\": \"Vnm\"", StringComparison.Ordinal)
            .Replace("\"capacity\": 8000, \"foreignPersonnel\": 0", "\"capacity\": -1, \"foreignPersonnel\": 0", StringComparison.Ordinal)
            .Replace("{ \"from\": \"RUS\", \"to\": \"VNM\"", "{ \"from\": \"RUS\", \"to\": \"THA\"", StringComparison.Ordinal);

        var result = ScenarioReader.Read("broken.json", json);

        result.Scenario.ShouldBeNull();
        result.Errors.ShouldAllBe(e => e.File == "broken.json");
        result.Errors.Select(e => e.Field).ShouldBe(
        [
            "slug",
            "nations[1].code",
            "installations[0].nation",
            "installations[0].capacity",
            "missions[0].to",
        ]);
    }

    [Fact]
    public void Error_ReadsAsFileFieldAndMessage()
    {
        new ScenarioError("rus-vnm-2018.json", "nations[3].code", "is required.").ToString()
            .ShouldBe("rus-vnm-2018.json: nations[3].code: is required.");
    }
}
