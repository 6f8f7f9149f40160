using DiplomacySim.Domain.Clauses;

namespace DiplomacySim.Forum.Tests;

/// <summary>
/// Requests found by how letters ask, their terms gathered from the sentences that speak of the same
/// thing (by reference and by topic, at any distance), and what only looks like a request.
/// </summary>
public sealed class RequestFormsTests
{
    private static readonly ForumWorld World = CorpusWorld.On(new DateOnly(2019, 3, 1));

    private static IReadOnlyList<Clause> Read(string body) =>
        ForumImporter.Import("From: Ministry of Foreign Affairs, Russian Federation\nTo: Ministry of Foreign Affairs, Viet Nam\nSubject: Test\n\n" + body, ForumFormat.Auto, World).Draft.Clauses;

    private static Guid Base(string name) => CorpusWorld.InstallationId(name);

    [Theory]
    [InlineData("Russia would like to sign a trade agreement on rice.", ClauseKind.TradeAgreement)]
    [InlineData("The Russian Government would also like to sign a trade agreement.", ClauseKind.TradeAgreement)]
    [InlineData("My Government hopes that Viet Nam will conclude a trade agreement on steel.", ClauseKind.TradeAgreement)]
    [InlineData("Russia looks forward to concluding a free trade agreement.", ClauseKind.TradeAgreement)]
    [InlineData("Russia is prepared to invest USD 200 million in shipbuilding.", ClauseKind.Investment)]
    [InlineData("We kindly request that our aircraft may refuel at Cam Ranh Base.", ClauseKind.RefuelingRights)]
    [InlineData("It is proposed that a delegation led by the Deputy Foreign Minister visit Hanoi on 2 April.", ClauseKind.DelegationVisit)]
    [InlineData("Deputy Prime Minister Abramchenko can be in Hanoi at your earliest convenience.", ClauseKind.DelegationVisit)]
    [InlineData("I hope my Government can continue to use Viet Nam as a refueling point in the wider Pacific.", ClauseKind.RefuelingRights)]
    [InlineData("The Government of the Russian Federation requests access to Cam Ranh Base for 900 personnel.", ClauseKind.BasingRights)]
    [InlineData("We invite your Foreign Minister to our capital on 4 May.", ClauseKind.DelegationVisit)]
    [InlineData("Russia would like to request a meeting; the meeting will take place in Hanoi on 9 April.", ClauseKind.DelegationVisit)]
    [InlineData("Russia wishes to establish trade ties with Viet Nam.", ClauseKind.TradeAgreement)]
    [InlineData("Russia is willing to enter into negotiations on a trade agreement.", ClauseKind.TradeAgreement)]
    [InlineData("We ask that Viet Nam assume the representation of the interests of Russia in Thailand.", ClauseKind.ProtectingPower)]
    [InlineData("The Government of Russia would be grateful if Viet Nam could agree to a trade agreement on rice.", ClauseKind.TradeAgreement)]
    [InlineData("The Embassy would be most obliged if our aircraft could be authorised to refuel at Cam Ranh Base.", ClauseKind.RefuelingRights)]
    [InlineData("It would also be appreciated if 60 Russian airmen could be accommodated at Cam Ranh Base.", ClauseKind.BasingRights)]
    [InlineData("Could Viet Nam look after Russian diplomatic and consular interests in Thailand?", ClauseKind.ProtectingPower)]
    [InlineData("would Hanoi be open to hosting 150 sailors at Cam Ranh Base?", ClauseKind.BasingRights)]
    [InlineData("we want a proper trade deal on rice and fruit.", ClauseKind.TradeAgreement)]
    [InlineData("we'd also put USD 500 million into the port of Haiphong.", ClauseKind.Investment)]
    [InlineData("Permission is sought for Russian patrol vessels to replenish fuel at Cam Ranh Base.", ClauseKind.RefuelingRights)]
    [InlineData("two of our Su-30s need a gas stop at Cam Ranh on the 14th. ok for you?", ClauseKind.RefuelingRights)]
    [InlineData("Russia is willing to take charge of the consular interests of Thailand in Viet Nam.", ClauseKind.ProtectingPower)]
    [InlineData("I would be delighted to come to Hanoi myself on 12 April.", ClauseKind.DelegationVisit)]
    [InlineData("pls confirm: our minister lands in Hanoi 28 March w/ a team of 12.", ClauseKind.DelegationVisit)]
    [InlineData("also, we're looking at a USD 300M package for Mekong delta water projects - keen?", ClauseKind.Investment)]
    [InlineData("Russia would be equally grateful for cultural cooperation through student exchanges.", ClauseKind.Cooperation)]
    [InlineData("Russia hopes Vietnamese shipyards will consider industrial cooperation in shipbuilding.", ClauseKind.Cooperation)]
    [InlineData("Our Navy's Il-38 aircraft would benefit greatly from refuelling in the South China Sea.", ClauseKind.RefuelingRights)]
    public void EachWayOfAsking_MakesAClause(string sentence, ClauseKind kind) =>
        Read(sentence).Select(c => c.Kind).ShouldBe([kind]);

    [Fact]
    public void ATariffWrittenWithAMinusSign_IsACut() =>
        Read("we want a trade deal on rice, tariffs -5%.").OfType<TradeAgreementClause>().Single().TariffChangePercent.ShouldBe(-5);

    [Fact]
    public void ADateBeforeTheSize_IsNotTheSize() =>
        Read("pls confirm: our minister lands in Hanoi 28 March w/ a team of 12.").OfType<DelegationVisitClause>().Single().Size.ShouldBe(12);

    [Fact]
    public void TariffsPhasedDown_AreACut() =>
        Read("Russia seeks a trade agreement on rice, with tariffs phased down by 20% over four years.").OfType<TradeAgreementClause>().Single().TariffChangePercent.ShouldBe(-20);

    [Fact]
    public void ANavysAircraft_AreAirAssets() =>
        Read("Our Navy's Il-38 aircraft would benefit greatly from refuelling in the South China Sea.").OfType<RefuelingRightsClause>().Single().Assets.ShouldBe([RefuelingAsset.Air]);

    [Fact]
    public void ADelegationHeadedBy_HasItsHeadWithAThreeWordName() =>
        Read("Russia would wish a delegation of 8 experts, headed by Deputy Minister Cao Quoc Hung, to be received in Hanoi on 4 April.").OfType<DelegationVisitClause>().Single()
            .ShouldBe(new DelegationVisitClause("Deputy Minister Cao Quoc Hung", 8, "Hanoi", new DateOnly(2019, 4, 4)));

    [Fact]
    public void ANationalCurrencyByName_IsItsCode() =>
        Read("We propose a trade agreement on rice and coffee, paid in rupiah.").OfType<TradeAgreementClause>().Single().SettlementCurrency.ShouldBe("IDR");

    [Fact]
    public void AnInstallationsName_StatesNoCapability() =>
        Read("We request access to An Thới Naval Base for 100 personnel for logistics.").OfType<BasingRightsClause>().Single().Capabilities.ShouldBe([BasingCapability.Logistics]);

    [Fact]
    public void InterestsThere_AreInTheStateTheSentenceBeforeNames() =>
        Read("Russia no longer has an embassy in Thailand. Could Viet Nam look after Russian consular interests there?").OfType<ProtectingPowerClause>().Single()
            .ShouldBe(new ProtectingPowerClause("RUS", "THA", ProtectionScope.Consular));

    [Fact]
    public void TermsSaidLater_JoinTheRequestTheyReferTo()
    {
        var basing = Read("""
            Russia would like to acquire access to Yên Bái Air Base and An Thới Naval Base.
            We remain grateful for the friendship of our peoples. Our navies have much to learn from each other.
            The Russian Government would like to develop these bases to host SIGINT capabilities.
            Russia expects a standard presence of under 2,000 Russian personnel. However, that number can be bolstered to 6,000 during times of heightened emergency.
            """).ShouldHaveSingleItem().ShouldBeOfType<BasingRightsClause>();

        basing.Installations.ShouldBe([Base("Yên Bái Air Base"), Base("An Thới Naval Base")]);
        (basing.PeacetimePersonnelCap, basing.EmergencyPersonnelCap).ShouldBe((2_000, 6_000));
        basing.Capabilities.ShouldContain(BasingCapability.Sigint);
    }

    [Fact]
    public void SeveralRequestsInOneSentence_AreEachAClause()
    {
        var clauses = Read("Russia requests access to Cam Ranh Base for 500 personnel and asks that its aircraft may refuel at Biên Hòa Air Base.");

        clauses.Select(c => c.Kind).ShouldBe([ClauseKind.BasingRights, ClauseKind.RefuelingRights]);
        clauses[0].ShouldBeOfType<BasingRightsClause>().Installations.ShouldBe([Base("Cam Ranh Base")]);
        clauses[1].ShouldBeOfType<RefuelingRightsClause>().Installations.ShouldBe([Base("Biên Hòa Air Base")]);
    }

    [Fact]
    public void InlineBullets_AreEachAnItem() =>
        Read("Russia asks for the following: • access to Cam Ranh Base for 300 personnel • a trade agreement on rice").Select(c => c.Kind)
            .ShouldBe([ClauseKind.BasingRights, ClauseKind.TradeAgreement]);

    [Fact]
    public void DatesAndCountsOfShips_AreNotPersonnelCaps()
    {
        var basing = Read("Russia requests that two frigates and one supply ship, with 450 sailors, may berth at Cam Ranh Base from 12 to 30 April 2019.")
            .ShouldHaveSingleItem().ShouldBeOfType<BasingRightsClause>();

        (basing.PeacetimePersonnelCap, basing.EmergencyPersonnelCap).ShouldBe((450, 450));
    }

    [Fact]
    public void AnOffer_IsTheClauseTheSenderGives() =>
        Read("Russia offers an investment of RUB 5 billion in the port of Hai Phong.").ShouldHaveSingleItem().ShouldBeOfType<InvestmentClause>().Amount.ShouldBe(5_000_000_000m);

    [Theory]
    [InlineData("I look forward to working with you to build a foundation of trust and cooperation between our nations.")]
    [InlineData("Russian ships used Cam Ranh Base for decades, as was agreed with your predecessor.")]
    [InlineData("I hope this letter finds you well, and that your visit to Moscow last year was a pleasant memory.")]
    [InlineData("Hanoi is not going to let anyone use Cam Ranh Base, that's final.")]
    [InlineData("I hope that your visit to Moscow last year was a pleasant one.")]
    public void CourtesyAndHistory_AskForNothing(string sentence) => Read(sentence).ShouldBeEmpty();
}
