using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Server.Tests.Communiques;

/// <summary>DESIGN.md's reference letter in our own words: Moscow's requests to Hanoi, as clauses.</summary>
internal static class ReferenceLetter
{
    public const string Subject = "Confidential: Diplomatic Relations";

    public const string Body = """
        Secure and Encrypted

        The Minister of Foreign Affairs of the Russian Federation presents his compliments to the Ministry
        of Foreign Affairs of the Socialist Republic of Viet Nam and, in the spirit of our comprehensive
        strategic partnership, sets out the following requests for your government's consideration.
        """;

    public static BasingRightsClause Basing(GameWorld world, int emergencyCap = 25_000) => new(
        [world.Installation("Yên Bái Air Base"), world.Installation("Biên Hòa Air Base"), world.Installation("An Thới Naval Base")],
        PeacetimePersonnelCap: 5_000,
        EmergencyPersonnelCap: emergencyCap,
        [BasingCapability.Sigint, BasingCapability.Elint, BasingCapability.NavalPresence],
        TermYears: null);

    public static ProtectingPowerClause ProtectingPowerInThailand => new("RUS", "THA", ProtectionScope.Both);

    public static TradeAgreementClause Trade => new(["energy", "defence-industry", "agriculture"], -5m, "RUB", TermYears: 10);

    public static RefuelingRightsClause Refuelling => new([RefuelingAsset.Air, RefuelingAsset.Naval], "the wider Pacific", []);

    public static DelegationVisitClause VisitToHanoi => new("Deputy Prime Minister of the Russian Federation", 40, "Hanoi", new DateOnly(2018, 11, 12));

    public static CommuniqueDraft Draft(GameWorld world) => new(
        world.Ministry("RUS"),
        world.Ministry("VNM"),
        Subject,
        Classification.Secret,
        Body,
        [Basing(world), ProtectingPowerInThailand, Trade, Refuelling, VisitToHanoi]);

    /// <summary>
    /// Plays the whole exchange without asserting on the way (ReferenceLetterTests does that):
    /// send, counter, answers, consent, ratification. Returns the ids of the secret communiques.
    /// </summary>
    public static async Task<IReadOnlyList<Guid>> PlayAsync(DiplomacySimServer server)
    {
        const string game = TestWorld.Slug;
        var (rus, vnm, tha, gm) = (await server.SignInAsync("rus.mfa"), await server.SignInAsync("vnm.mfa"), await server.SignInAsync("tha.mfa"), await server.SignInAsync("gm"));
        var world = await rus.GetGameAsync(game);
        var letter = await rus.SendCommuniqueAsync(game, Draft(world));
        var answer = await vnm.RespondAsync(game, letter.Id, new ResponseDraft(world.Ministry("VNM"), "Hanoi welcomes most proposals.",
        [
            new ClauseResponse(0, Decision.Counter, Basing(world, emergencyCap: 15_000)),
            new ClauseResponse(1, Decision.Accept),
            new ClauseResponse(2, Decision.Accept),
            new ClauseResponse(3, Decision.Reject),
            new ClauseResponse(4, Decision.Accept),
        ]));
        var basing = await rus.RespondAsync(game, answer.Id, new ResponseDraft(world.Ministry("RUS"), "Moscow agrees.", [new ClauseResponse(0, Decision.Accept)]));
        var consent = (await tha.ListCommuniquesAsync(game, Box.Inbox)).Single(c => c.Clauses.Any(k => k.ConsentForAgreement is not null));
        await tha.RespondAsync(game, consent.Id, new ResponseDraft(world.Ministry("THA"), "Thailand consents.", [new ClauseResponse(0, Decision.Accept)]));
        foreach (var pending in (await gm.ListAgreementsAsync(game)).Where(a => a.Awaiting.Contains("ratification")))
            await gm.RatifyAsync(game, pending.Id, "Ratified.");
        return [letter.Id, answer.Id, basing.Id, consent.Id];
    }
}
