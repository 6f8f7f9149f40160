using DiplomacySim.Domain.Naming;

namespace DiplomacySim.Domain.Tests.Naming;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Yên Bái Air Base", "yen bai air base")]
    [InlineData("Biên Hòa Air Base", "bien hoa air base")]
    [InlineData("An Thới Naval Base", "an thoi naval base")]
    [InlineData("Đà Nẵng", "da nang")]
    [InlineData("ĐÀ NẴNG", "da nang")]
    [InlineData("Tromsø", "tromso")]
    public void DiacriticsAndCase_AreFoldedToPlainLowerCase(string name, string key)
    {
        NameKey.Of(name).ShouldBe(key);
    }

    [Theory]
    [InlineData("  U-Tapao   Air\tBase ", "u tapao air base")]
    [InlineData("Cam Ranh (Bay)", "cam ranh bay")]
    [InlineData("Viet-Nam", "viet nam")]
    [InlineData("St. Petersburg", "st petersburg")]
    public void PunctuationAndWhiteSpace_BecomeSingleSpacesBetweenWords(string name, string key)
    {
        NameKey.Of(name).ShouldBe(key);
    }

    [Theory]
    [InlineData("Xi'an")]
    [InlineData("Xi’an")]
    public void Apostrophe_JoinsTheWordsItSeparates(string name)
    {
        NameKey.Of(name).ShouldBe("xian");
    }

    [Theory]
    [InlineData("Straße", "Strasse")]
    [InlineData("Æbeltoft", "Aebeltoft")]
    [InlineData("Cœur d'Alene", "Coeur d'Alene")]
    public void Ligatures_MatchTheirSpelledOutLetters(string written, string spelledOut)
    {
        NameKey.Same(written, spelledOut).ShouldBeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("--- ...")]
    public void NameWithoutLettersOrDigits_HasAnEmptyKey(string name)
    {
        NameKey.Of(name).ShouldBeEmpty();
    }

    [Fact]
    public void DigitsKept_SoNumberedBasesStayApart()
    {
        NameKey.Same("Base 12", "Base 21").ShouldBeFalse();
        NameKey.Of("Base 12").ShouldBe("base 12");
    }

    [Fact]
    public void DifferentNames_AreNotTheSame()
    {
        NameKey.Same("Bien Hoa Air Base", "Yen Bai Air Base").ShouldBeFalse();
    }

    [Fact]
    public void NullName_Throws()
    {
        Should.Throw<ArgumentNullException>(() => NameKey.Of(null!));
    }
}
