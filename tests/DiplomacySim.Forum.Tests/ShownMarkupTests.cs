using DiplomacySim.Forum.Text;

namespace DiplomacySim.Forum.Tests;

/// <summary>The BBCode a post keeps in its draft's body: what the page draws, closed as the writer closed it, and nothing else.</summary>
public sealed class ShownMarkupTests
{
    [Theory]
    [InlineData("[b]Urgent[/b] and [i]confidential[/i]", "[b]Urgent[/b] and [i]confidential[/i]")]
    [InlineData("[center][size=150]MINISTRY[/size][/center]", "[center][size=150]MINISTRY[/size][/center]")]
    [InlineData("[quote=Hanoi]Your proposal[/quote] We agree.", "[quote=Hanoi]Your proposal[/quote] We agree.")]
    [InlineData("[list][*]one[*]two[/list]", "[list][*]one[*]two[/list]")]
    [InlineData("[url=https://example.org/treaty]the treaty[/url]", "[url=https://example.org/treaty]the treaty[/url]")]
    public void TheFormattingThePageShows_IsKept(string post, string shown) =>
        ShownMarkup.Of(post).ShouldBe(shown);

    [Theory]
    [InlineData("[url=javascript:alert(1)]Read[/url] on", "Read on")]
    [InlineData("See [img]https://tracker.invalid/pixel.png[/img]this.", "See this.")]
    [InlineData("<script>alert(1)</script>Hello <b>there</b>", "alert(1)Hello there")]
    [InlineData("[spoiler]hidden plans[/spoiler]", "hidden plans")]
    [InlineData("[font=Arial]Text[/font]", "Text")]
    [InlineData("[b][i]unclosed", "unclosed")]
    [InlineData("stray[/b] close", "stray close")]
    [InlineData("[b]crossed [i]tags[/b] here[/i]", "[b]crossed tags[/b] here")]
    public void WhatThePageWouldNotShowSafely_Goes_ItsWordsStay(string post, string shown) =>
        ShownMarkup.Of(post).ShouldBe(shown);

    [Fact]
    public void ALetterLabelInBrackets_IsText() =>
        ShownMarkup.Of("[Recipient]: Viet Nam").ShouldBe("[Recipient]: Viet Nam");

    [Fact]
    public void AnImportedBBCodePost_KeepsItsFormatting_AndLosesItsHeaderLines()
    {
        var result = ForumImporter.Import(
            "[b]From:[/b] Ministry of Foreign Affairs, Russian Federation\n[b]To:[/b] Ministry of Foreign Affairs, Viet Nam\n\n[center][b]A NOTE[/b][/center]\nWe write with [i]great[/i] hope.",
            ForumFormat.Auto, CorpusWorld.On(new DateOnly(2018, 10, 3)));

        result.Draft.Body.ShouldBe("[center][b]A NOTE[/b][/center]\nWe write with [i]great[/i] hope.");
    }

    [Fact]
    public void APlainPost_HasAPlainBody() =>
        ForumImporter.Import("Dear Minister,\n\nWe write in **friendship**.", ForumFormat.Plain, CorpusWorld.On(new DateOnly(2018, 10, 3)))
            .Draft.Body.ShouldBe("Dear Minister,\n\nWe write in **friendship**.");
}
