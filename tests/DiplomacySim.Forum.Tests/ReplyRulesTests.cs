using DiplomacySim.Domain.Clauses;

namespace DiplomacySim.Forum.Tests;

/// <summary>How a reply's answers are read: which clause each answers, and accept, reject or counter with what.</summary>
public sealed class ReplyRulesTests
{
    private static readonly ForumWorld World = ExampleWorld.On(new DateOnly(2019, 3, 14));

    private const string Header = "From: Ministry of Foreign Affairs, Mongolia\nTo: Ministry of Foreign Affairs, Kazakhstan\nSubject: Re: Choir\n\n";

    // The letter answered: basing at Choir Air Base (400 and 1,200 personnel, ten years) and an arms purchase.
    private static readonly IReadOnlyList<Clause> Letter = ForumImporter.Import(
        "From: Ministry of Foreign Affairs, Kazakhstan\nTo: Ministry of Foreign Affairs, Mongolia\nSubject: Choir\n\n"
        + "Kazakhstan requests access to Choir Air Base for 400 personnel in peacetime and 1,200 in an emergency, for ten years.\n\n"
        + "We also wish to purchase six transport helicopters for USD 90 million.", ForumFormat.Auto, World).Draft.Clauses;

    private static IReadOnlyList<ImportedResponse> Answers(string body) => ForumImporter.Import(Header + body, ForumFormat.Auto, World, Letter).Responses;

    [Fact]
    public void TheLetter_AsksForBothClauses() =>
        Letter.Select(c => c.Kind).ShouldBe([ClauseKind.BasingRights, ClauseKind.ArmsPurchase]);

    [Fact]
    // "On access to Choir Air Base: ... agree, but ... We can accept no more than 150": one counter, with the base of the label.
    public void AProseCounterAfterALabelledAnswer_CountersThatClause()
    {
        var answer = Answers("On access to Choir Air Base: Mongolia is prepared to agree, but not on that scale. We can accept no more than 150 personnel in ordinary times and no more than 500 in an emergency.").ShouldHaveSingleItem();

        answer.Decision.ShouldBe(ReplyDecision.Counter);
        var counter = answer.Counter.ShouldBeOfType<BasingRightsClause>();
        (counter.PeacetimePersonnelCap, counter.EmergencyPersonnelCap, counter.TermYears).ShouldBe((150, 500, (int?)10));
    }

    [Fact]
    public void AnItemLabelledWithADash_AndANumberProposed_Counters()
    {
        var answers = Answers("(a) Choir Air Base — the numbers are too high. We propose 200 personnel in ordinary times.\n(b) Helicopters — after consulting the ministries, the Government has decided not to sell them.");

        answers.Select(a => (a.Answers, a.Decision)).ShouldBe([(ClauseKind.BasingRights, ReplyDecision.Counter), (ClauseKind.ArmsPurchase, ReplyDecision.Reject)]);
        answers[0].Counter.ShouldBeOfType<BasingRightsClause>().PeacetimePersonnelCap.ShouldBe(200);
    }
}
