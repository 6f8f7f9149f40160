using DiplomacySim.Domain.Naming;

namespace DiplomacySim.Domain.Tests.Naming;

public sealed class NationNamesTests
{
    [Theory]
    [InlineData("Kingdom of Thailand", "the Kingdom of Thailand")]
    [InlineData("Russian Federation", "the Russian Federation")]
    [InlineData("Socialist Republic of Viet Nam", "the Socialist Republic of Viet Nam")]
    [InlineData("People's Republic of China", "the People's Republic of China")]
    [InlineData("United States of America", "the United States of America")]
    [InlineData("United Arab Emirates", "the United Arab Emirates")]
    [InlineData("Solomon Islands", "the Solomon Islands")]
    [InlineData("Philippines", "the Philippines")]
    [InlineData("The Gambia", "the Gambia")]
    [InlineData("Holy Empire of Varnia", "the Holy Empire of Varnia")]
    [InlineData("Japan", "Japan")]
    [InlineData("Viet Nam", "Viet Nam")]
    [InlineData("India", "India")]
    [InlineData("Guinea-Bissau", "Guinea-Bissau")]
    [InlineData("Statesboro", "Statesboro")]
    public void AFormalName_TakesItsArticle_AShortNameNone(string name, string inProse) =>
        NationNames.InProse(name).ShouldBe(inProse);

    [Theory]
    [InlineData("the Kingdom of Thailand's consent", "The Kingdom of Thailand's consent")]
    [InlineData("Japan asks", "Japan asks")]
    [InlineData("", "")]
    public void ASentenceThatBeginsWithAName_BeginsWithACapital(string text, string expected) =>
        NationNames.AtStart(text).ShouldBe(expected);
}
