using DiplomacySim.Domain.Clauses;

namespace DiplomacySim.Forum.Tests;

/// <summary>
/// The kinds real players ask for beyond the first seven (issue 18's fourth item), read from the ways
/// letters ask for them, with their terms; and what only sounds like one of them.
/// </summary>
public sealed class NewerKindsReadingTests
{
    private static readonly ForumWorld World = CorpusWorld.On(new DateOnly(2019, 3, 1));

    private static IReadOnlyList<Clause> Read(string body) =>
        ForumImporter.Import("From: Ministry of Foreign Affairs, Russian Federation\nTo: Ministry of Foreign Affairs, Viet Nam\nSubject: Test\n\n" + body, ForumFormat.Auto, World).Draft.Clauses;

    [Theory]
    [InlineData("Russia proposes that our two states establish diplomatic relations at the level of embassies.", DiplomaticAction.EstablishRelations)]
    [InlineData("We would like to restore full diplomatic relations, broken off in 2015.", DiplomaticAction.EstablishRelations)]
    [InlineData("we'd like an embassy exchange with Hanoi asap", DiplomaticAction.EstablishRelations)]
    [InlineData("Russia wishes to open an embassy in Hanoi.", DiplomaticAction.OpenEmbassy)]
    [InlineData("We ask the agrément of Viet Nam for Mr Pavel Orlov as our ambassador.", DiplomaticAction.AccreditAmbassador)]
    public void DiplomaticRelations_AreReadWithTheirStep(string sentence, DiplomaticAction action) =>
        Read(sentence).OfType<DiplomaticRelationsClause>().Single().Action.ShouldBe(action);

    [Fact]
    public void AnEmbassy_KeepsItsCity_AndAnAmbassador_HisName()
    {
        Read("Russia would like to open a consulate-general in Ho Chi Minh City.").OfType<DiplomaticRelationsClause>().Single().City.ShouldBe("Ho Chi Minh City");
        Read("We request agrément for Ambassador Pavel Orlov.").OfType<DiplomaticRelationsClause>().Single().Envoy.ShouldBe("Pavel Orlov");
    }

    [Theory]
    [InlineData("The Embassy has the honour to request the Vienna Convention on Diplomatic Relations be applied to our couriers.")]
    [InlineData("Our embassy in Hanoi was opened in 1950.")]
    public void ANamedConventionOrAnEmbassyInThePast_AsksForNoRelations(string sentence) =>
        Read(sentence).OfType<DiplomaticRelationsClause>().ShouldBeEmpty();

    [Fact]
    public void AStatusOfForces_SaysWhoseCourtsAndWhichCharges()
    {
        var status = Read("We propose a status of forces agreement: our personnel would remain under Russian jurisdiction and be exempt from customs duties, while paying local taxes.").OfType<StatusOfForcesClause>().Single();

        status.Jurisdiction.ShouldBe(Jurisdiction.SendingState);
        status.CustomsExemption.ShouldBeTrue();
        status.TaxExemption.ShouldBeFalse();
        Read("We would ask for a visiting forces agreement with shared jurisdiction.").OfType<StatusOfForcesClause>().Single().Jurisdiction.ShouldBe(Jurisdiction.Shared);
    }

    [Theory]
    [InlineData("Russia proposes a treaty of non-aggression for twenty years.", PactType.NonAggression, 20)]
    [InlineData("we'd like a mutual defence pact, 10 years, ok?", PactType.MutualDefence, 10)]
    [InlineData("Russia proposes that an attack on either of us shall be treated as an attack on both.", PactType.MutualDefence, null)]
    public void APact_IsReadWithItsTypeAndTerm(string sentence, PactType type, int? years)
    {
        var pact = Read(sentence).OfType<DefencePactClause>().Single();

        pact.Type.ShouldBe(type);
        pact.TermYears.ShouldBe(years);
    }

    [Fact]
    public void Overflight_IsReadWithItsAircraftCorridorAndNotice()
    {
        var overflight = Read("Russia requests overflight clearance for its military transport aircraft along the Mekong corridor, with 48 hours' notice of each flight.").OfType<OverflightRightsClause>().Single();

        overflight.Aircraft.ShouldBe(AircraftCategory.Military);
        overflight.Corridor.ShouldBe("Mekong");
        overflight.NoticeHours.ShouldBe(48);
        Read("We ask that Aeroflot's passenger flights be allowed to cross Vietnamese airspace.").OfType<OverflightRightsClause>().Single().Aircraft.ShouldBe(AircraftCategory.Civil);
    }

    [Fact]
    // The corridor is the named place crossed, not the grantor's own airspace; "with notice" is no count of hours.
    public void Overflight_NamesThePlaceItsFlightsCross()
    {
        var overflight = Read("India asks that its maritime patrol aircraft may fly across Indonesian airspace above the Strait of Malacca, with notice of twelve hours before each sortie.").OfType<OverflightRightsClause>().Single();

        (overflight.Corridor, overflight.NoticeHours).ShouldBe(("Strait of Malacca", 12));
        Read("Australia requests clearance for its transport aircraft to cross the Northern Territory, with forty-eight (48) hours' notice.").OfType<OverflightRightsClause>().Single()
            .ShouldSatisfyAllConditions(o => o.Corridor.ShouldBe("Northern Territory"), o => o.NoticeHours.ShouldBe(48));
    }

    [Fact]
    public void IntelligenceSharing_IsReadWithItsDisciplines_AndABaseListeningPostIsNot()
    {
        Read("We propose to share signals intelligence and satellite imagery on piracy, as weekly reports.").OfType<IntelligenceSharingClause>().Single()
            .Domains.ShouldBe([IntelligenceDomain.Sigint, IntelligenceDomain.Imint]);
        Read("Russia requests access to Cam Ranh Base for 300 personnel to operate a SIGINT station.").Select(c => c.Kind).ShouldBe([ClauseKind.BasingRights]);
    }

    [Fact]
    // What is shared may be named by what collects it ("satellites") or by its product ("imagery", "threat data").
    public void IntelligenceSharing_IsFoundByWhatIsShared_NotOnlyByTheWordIntelligence()
    {
        Read("We would like your coast guard to pass on to ours the imagery its drones gather over the strait.").OfType<IntelligenceSharingClause>().Single().Domains.ShouldBe([IntelligenceDomain.Imint]);
        Read("We propose that our cyber response teams start swapping threat data every week.").OfType<IntelligenceSharingClause>().Single().Domains.ShouldBe([IntelligenceDomain.Cyber]);
        Read("Could our services share human-source reporting on the smuggling networks, raw reporting included?").OfType<IntelligenceSharingClause>().Single()
            .ShouldSatisfyAllConditions(c => c.Domains.ShouldBe([IntelligenceDomain.Humint]), c => c.Level.ShouldBe("raw reporting"));
    }

    [Fact]
    public void AnArmsPurchase_IsReadWithItsItemsQuantityAndValue()
    {
        var arms = Read("Russia would like to buy 12 Su-35 fighter jets, for USD 1.1 billion.").OfType<ArmsPurchaseClause>().Single();

        arms.Items.ShouldBe(["Su-35 fighter jets"]);
        arms.Quantity.ShouldBe(12);
        arms.Value.ShouldBe(1_100_000_000m);
        arms.Currency.ShouldBe("USD");
    }

    [Theory]
    [InlineData("We ask that Russian students and journalists be issued visas more quickly.", new[] { "students", "journalists" }, false)]
    [InlineData("Russia proposes visa-free travel for tourists for up to 30 days.", new[] { "tourists" }, true)]
    public void VisaFacilitation_IsReadWithWhoTravelsAndAWaiver(string sentence, string[] categories, bool waiver)
    {
        var visas = Read(sentence).OfType<VisaFacilitationClause>().Single();

        visas.Categories.ShouldBe(categories);
        visas.Waiver.ShouldBe(waiver);
    }

    [Theory]
    [InlineData("We ask Viet Nam to extradite the fugitive banker Oleg Sorin to Moscow.")]
    [InlineData("The Embassy would be grateful if the Ministry could support our candidate for the chair of the Mekong commission.")]
    public void APlainAskNoKindHolds_IsAnOtherRequestForTheGm(string sentence) =>
        Read(sentence).Select(c => c.Kind).ShouldBe([ClauseKind.OtherRequest]);

    [Theory]
    [InlineData("I hope this letter finds you well.")]
    [InlineData("We look forward to your reply at your earliest convenience.")]
    [InlineData("We would ask you to consider the requests below.")]
    [InlineData("Please accept, Excellency, the assurances of my highest consideration.")]
    public void Courtesy_IsNoRequest(string sentence) =>
        Read(sentence).ShouldBeEmpty();
}
