using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Forum.Tests;

/// <summary>Where a header is found when a post has no labels, and the words that classify it.</summary>
public sealed class HeaderRulesTests
{
    private static readonly ForumWorld World = CorpusWorld.On(new DateOnly(2019, 3, 1));

    private static ImportedDraft Read(string post) => ForumImporter.Import(post, ForumFormat.Auto, World).Draft;

    private static Guid Ministry(string reference) => CorpusWorld.Ministry(reference).Id;

    [Fact]
    public void ASenderOnlyInTheLetterhead_IsTheSender() =>
        Read("MINISTRY OF DEFENCE\nRUSSIAN FEDERATION\n\nTo the Ministry of National Defence of Viet Nam,\n\nWe write in friendship.").FromMinistry.ShouldBe(Ministry("RUS / Defence"));

    [Fact]
    public void ASenderOnlyInTheSignature_IsTheSender() =>
        Read("Dear colleague,\n\nWe write in friendship.\n\nWith kind regards,\nMarise Payne\nMinister for Foreign Affairs").FromMinistry.ShouldBe(Ministry("AUS / Foreign Affairs"));

    [Fact]
    public void ALetterheadThatPrintsItsStreet_IsTheSender_WhenTheLetterIsDatedFromItsCity()
    {
        var draft = Read("Ministry for Europe and Foreign Affairs\n37 Quai d'Orsay\n75007 Paris\n\nParis, 4 March 2019\n\nTo the Ministry of Foreign Affairs of Egypt,\n\nWe write in friendship.");

        draft.FromMinistry.ShouldBe(Ministry("FRA / Foreign Affairs"));
        draft.ToMinistry.ShouldBe(Ministry("EGY / Foreign Affairs"));
    }

    [Fact]
    public void AForLabel_NamesTheRecipient() =>
        Read("From: Department of Defence, Australia\nFor: Minister for Foreign Affairs of the Republic of Indonesia\n\nWe write in friendship.").ToMinistry.ShouldBe(Ministry("IDN / Foreign Affairs"));

    [Fact]
    public void AnAddressBlock_IsTheRecipientNotTheSender()
    {
        var draft = Read("Ministry of Foreign Affairs\n2 Kancha Street\n10110 Bangkok\nKingdom of Thailand\n\nExcellency,\n\nWe write in friendship.\n\nWang Yi\nMinister of Foreign Affairs");

        draft.ToMinistry.ShouldBe(Ministry("THA / Foreign Affairs"));
        draft.FromMinistry.ShouldBe(Ministry("CHN / Foreign Affairs"));
    }

    [Fact]
    public void AnAddressBlockBelowTheLetterhead_IsTheRecipient()
    {
        var draft = Read("MINISTRY OF FOREIGN AFFAIRS\nFEDERATIVE REPUBLIC OF BRAZIL\n\nSecretary Pompeo\nDepartment of State\n2201 C Street NW\nWashington, DC 20520\n\nMr. Secretary,\n\nWe write in friendship.");

        draft.ToMinistry.ShouldBe(Ministry("USA / Foreign Affairs"));
        draft.FromMinistry.ShouldBe(Ministry("BRA / Foreign Affairs"));
    }

    [Fact]
    public void AMinistryByItsTitleAlone_IsThatMinistry() =>
        Read("The Royal Thai Embassy presents its compliments to the Department of Foreign Affairs and Trade and has the honour to request the following.")
            .ToMinistry.ShouldBe(Ministry("AUS / Foreign Affairs"));

    [Fact]
    public void ATitleTwoNationsShare_NamesNeither()
    {
        var world = new ForumWorld(new DateOnly(2019, 3, 1), CorpusWorld.Nations, [.. CorpusWorld.Ministries, new Domain.World.Ministry(Guid.NewGuid(), CorpusWorld.Ministries[0].GameId, "MYR", Domain.World.MinistryKind.Defence, "Department of Defence", null)], CorpusWorld.Installations);

        ForumImporter.Import("To: the Department of Defence\n\nWe write in friendship.", ForumFormat.Auto, world).Draft.ToMinistry.ShouldBeNull();
    }

    [Theory]
    [InlineData("In response to your letter of 3 March regarding Cam Ranh, Viet Nam answers as follows.", "Cam Ranh")]
    [InlineData("With reference to your note No. 87/19 on \"Repairs at Cam Ranh\", the Ministry replies.", "Repairs at Cam Ranh")]
    [InlineData("Thank you for your communique concerning Gas and a working visit, which we have studied.", "Gas and a working visit")]
    [InlineData("Thanks for your message about rice and rubber.", "rice and rubber")]
    [InlineData("The Ministry, with reference to the Embassy's note No. 29/NG-2019 concerning the Hanoi metro loan, has the honour to reply.", "the Hanoi metro loan")]
    [InlineData("Further to your letter regarding Beef, education and a visit, please find our answers below.", "Beef, education and a visit")]
    public void AReplyByItsProseOpening_NamesTheSubjectItAnswers(string opening, string subject) =>
        ForumImporter.Import($"From: Ministry of Foreign Affairs, Viet Nam\nTo: Ministry of Foreign Affairs, Russian Federation\n\nExcellency,\n\n{opening}\n\n1. Trade: agreed.", ForumFormat.Auto, World)
            .InReplyToSubject.ShouldBe(subject);

    [Fact]
    public void ALetterThatThanksForNoLetter_IsNoReply() =>
        ForumImporter.Import("To: Ministry of Foreign Affairs, Viet Nam\n\nThank you for your hospitality on the subject of rice. We would like a trade agreement on rice.", ForumFormat.Auto, World)
            .InReplyToSubject.ShouldBeNull();

    [Fact]
    public void AGreetingByFirstName_IsTheRecipient() =>
        Read("Ministry of Foreign Affairs of the Republic of Indonesia\n\nDear Marise,\n\nWe write in friendship.\n\nRetno Marsudi").ToMinistry.ShouldBe(Ministry("AUS / Foreign Affairs"));

    [Fact]
    public void ANoteVerbaleInAmericanSpelling_HasItsRecipient() =>
        Read("The Embassy of the United States of America presents its compliments to the Ministry of Foreign Affairs of Japan and has the honor to request the following.")
            .ToMinistry.ShouldBe(Ministry("JPN / Foreign Affairs"));

    [Theory]
    [InlineData("From: the American Embassy in Tokyo", "USA / Foreign Affairs")]
    [InlineData("From: the Swiss Minister of Foreign Affairs", "CHE / Foreign Affairs")]
    [InlineData("From: the West African Government", "WAF / Foreign Affairs")]
    [InlineData("From: Hanoi", "VNM / Foreign Affairs")]
    [InlineData("From: the Myrrhian Chancellery", "MYR / Foreign Affairs")]
    [InlineData("From: Secretary of State Pompeo", "USA / Foreign Affairs")]
    [InlineData("From: the Office of the Prime Minister, West African Federation", "WAF / Head Of Government")]
    public void NationsByAdjectiveOrCapital_AndMinistriesByTitle_AreResolved(string line, string ministry) =>
        Read(line + "\nTo: Japan\n").FromMinistry.ShouldBe(Ministry(ministry));

    [Theory]
    [InlineData("Dear Secretary Locsin,", Classification.Public)]
    [InlineData("ENCRYPTED MESSAGE", Classification.Secret)]
    [InlineData("private and encrypted", Classification.Secret)]
    [InlineData("Security Clearance: Secure and Encrypted", Classification.Secret)]
    [InlineData("RESTRICTED", Classification.Confidential)]
    public void ClassificationWords_AreWholeWords(string line, Classification level) =>
        Read($"From: Japan\nTo: Philippines\n{line}\n\nWe write in friendship.").Classification.ShouldBe(level);

    [Fact]
    public void AChatHeader_NamesSenderAndRecipient()
    {
        var arrow = Read("Türkiye MFA ➜ Russia MFA | encrypted\nwe propose energy cooperation on the gas pipeline");
        var mention = Read("@Thailand-MFA\nhey, Myrrhia here. quick one.");

        (arrow.FromMinistry, arrow.ToMinistry).ShouldBe((Ministry("TUR / Foreign Affairs"), Ministry("RUS / Foreign Affairs")));
        (mention.FromMinistry, mention.ToMinistry).ShouldBe((Ministry("MYR / Foreign Affairs"), Ministry("THA / Foreign Affairs")));
    }

    [Fact]
    // Chats name nations by their flags, by the game's codes, and put the speaker before the message.
    public void AChatByFlags_CodesOrASpeaker_NamesSenderAndRecipient()
    {
        var flags = Read("**🇮🇳 MEA → 🇯🇵 MOFA**\nquick one: could our ships refuel at Yokosuka?");
        (flags.FromMinistry, flags.ToMinistry).ShouldBe((Ministry("IND / Foreign Affairs"), Ministry("JPN / Foreign Affairs")));

        var speaker = Read("Linda R. (AUS Defence): [CONFIDENTIAL] @Jim Mattis two things from Canberra, pls keep in channel");
        (speaker.FromMinistry, speaker.ToMinistry).ShouldBe((Ministry("AUS / Defence"), Ministry("USA / Defence")));
    }

    [Fact]
    public void ASubjectThatSaysRe_AnswersTheLetterItNames()
    {
        var result = ForumImporter.Import("From: Japan\nTo: Philippines\nSubject: Re: Port Calls\n\n1. Fuel at Subic Bay: agreed.", ForumFormat.Auto, World);

        result.Draft.Subject.ShouldBe("Re: Port Calls");
        result.InReplyToSubject.ShouldBe("Port Calls");
    }

    [Fact]
    // As in business letters: "Re:" on its own line is what the letter is about when it asks for something.
    public void AReLineOfItsOwn_InALetterThatAsks_IsItsSubject_ThatMayStillAnswerALetter()
    {
        var result = ForumImporter.Import("From: India\nTo: United States\nRe: Fuel in the Arabian Sea\n\nOur Navy's aircraft over the Arabian Sea would benefit from refuelling at Diego Garcia; we ask whether this could be given.", ForumFormat.Auto, World);

        result.Draft.Subject.ShouldBe("Fuel in the Arabian Sea");
        result.InReplyToSubject.ShouldBeNull();
        result.MayAnswerSubject.ShouldBe("Fuel in the Arabian Sea");
        result.Draft.Clauses.ShouldHaveSingleItem().Kind.ShouldBe(Domain.Clauses.ClauseKind.RefuelingRights);
    }

    [Fact]
    public void AReLineOfItsOwn_InAPostThatAnswers_NamesTheLetterItAnswers()
    {
        var letter = ForumImporter.Import("From: Japan\nTo: Philippines\nSubject: Port Calls\n\nJapan requests refuelling rights for its naval vessels at Subic Bay Freeport.", ForumFormat.Auto, World).Draft.Clauses;

        var result = ForumImporter.Import("From: Philippines\nTo: Japan\nRe: Port Calls\n\nWe accept the request for refuelling at Subic Bay.", ForumFormat.Auto, World, letter);

        result.Draft.Subject.ShouldBeNull();
        result.InReplyToSubject.ShouldBe("Port Calls");
        result.Responses.ShouldHaveSingleItem().Decision.ShouldBe(ReplyDecision.Accept);
    }

    [Fact]
    public void APostTitleThatSaysRe_AnswersTheLetterItNames()
    {
        var result = ForumImporter.Import("# [DIPLOMACY] Re: Rails and Rubber\n\nFrom: Thailand\nTo: China\n\nWe accept the trade agreement.", ForumFormat.Auto, World);

        (result.Draft.Subject, result.InReplyToSubject).ShouldBe((null, "Rails and Rubber"));
    }

    [Fact]
    // The subject a prose opening names ends where the writer goes on: ", let me first ...".
    public void AProseOpeningsSubject_EndsWhereTheWriterGoesOn() =>
        ForumImporter.Import("From: Japan\nTo: Australia\n\nIn reply to your letter on Reciprocal access at Kadena, let me first thank you.\n\nWe accept.", ForumFormat.Auto, World).InReplyToSubject.ShouldBe("Reciprocal access at Kadena");

    [Theory]
    [InlineData("> Re your post \"Reciprocal access at Kadena\"")]
    [InlineData("Ref.: Your letter No. 112/BQP-DN, \"Reciprocal access at Kadena\"")]
    [InlineData("Your letter: \"Reciprocal access at Kadena\"")]
    public void AQuotedSubjectOfTheLetterAnswered_IsRead(string line) =>
        ForumImporter.Import($"From: Japan\nTo: Australia\n{line}\n\nWe accept.", ForumFormat.Auto, World).InReplyToSubject.ShouldBe("Reciprocal access at Kadena");

    [Fact]
    // The board's tag ("[DIPLOMACY]") is the forum's, not the letter's.
    public void APostTitle_IsTheSubject() =>
        Read("# [DIPLOMACY] Cairo reaches out to Ankara\n\n> To the Turkish Minister of Foreign Affairs,\n> We write in friendship.\n> Sameh Shoukry").Subject.ShouldBe("Cairo reaches out to Ankara");
}
