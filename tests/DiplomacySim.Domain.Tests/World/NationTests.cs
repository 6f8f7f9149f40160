using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Tests.World;

public sealed class NationTests
{
    private static Nation VietNam()
    {
        var nation = new Nation(Guid.NewGuid(), "VNM", "Socialist Republic of Việt Nam", "southeast-asia");
        nation.Aliases.AddRange(["Viet Nam", "Vietnam"]);
        nation.Interests.Add("east-asia");
        nation.Rivals.Add("CHN");
        return nation;
    }

    [Theory]
    [InlineData("VNM")]
    [InlineData("vnm")]
    [InlineData(" VNM ")]
    public void Code_InAnyCase_NamesTheNation(string name)
    {
        VietNam().IsCalled(name).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Socialist Republic of Việt Nam")]
    [InlineData("Socialist Republic of Viet Nam")]
    [InlineData("SOCIALIST REPUBLIC OF VIET NAM")]
    [InlineData("socialist  republic of viet-nam")]
    public void FullName_WithOrWithoutDiacriticsAndCase_NamesTheNation(string name)
    {
        VietNam().IsCalled(name).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Viet Nam")]
    [InlineData("Việt Nam")]
    [InlineData("VIETNAM")]
    [InlineData("vietnam")]
    public void Alias_WithOrWithoutDiacriticsAndCase_NamesTheNation(string name)
    {
        VietNam().IsCalled(name).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Thailand")]
    [InlineData("VN")]
    [InlineData("Viet")]
    [InlineData("")]
    public void OtherName_DoesNotNameTheNation(string name)
    {
        VietNam().IsCalled(name).ShouldBeFalse();
    }

    [Fact]
    public void Watches_ItsOwnRegionAndItsInterests_NotOthers()
    {
        var nation = VietNam();

        nation.Watches("southeast-asia").ShouldBeTrue();
        nation.Watches("east-asia").ShouldBeTrue();
        nation.Watches("europe").ShouldBeFalse();
    }

    [Fact]
    public void IsRivalOf_OnlyTheListedNations()
    {
        var nation = VietNam();

        nation.IsRivalOf("CHN").ShouldBeTrue();
        nation.IsRivalOf("RUS").ShouldBeFalse();
    }
}
