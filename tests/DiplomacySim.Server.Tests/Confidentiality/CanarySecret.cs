using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Server.Tests.Confidentiality;

/// <summary>
/// The canary: a secret letter from Russia to Viet Nam whose every term is a value found nowhere
/// else, so that any of them reaching an outsider is a leak beyond doubt.
/// </summary>
internal sealed class CanarySecret
{
    /// <summary>The bases of the basing clause (capacities 10,000 and 12,000, empty at the start).</summary>
    public static readonly string[] Bases = ["Cam Ranh Base", "Biên Hòa Air Base"];

    /// <summary>Odd figures, five digits or more, that the scenario and the ruleset never hold.</summary>
    public const int EmergencyCap = 13_579;

    public const int PeacetimeCap = 9_753;
    public const long InvestmentAmount = 987_654_321;

    private readonly string tag = Guid.NewGuid().ToString("N");

    public string Subject => $"Canary-{tag}";
    public string BodyPhrase => $"canary body phrase {tag[..16]}";
    public string ReplyPhrase => $"canary reply phrase {tag[16..]}";
    public string AcceptancePhrase => $"canary acceptance {tag[8..24]}";
    public string ConsentPhrase => $"canary consent {tag[4..20]}";
    public string Statement => $"canary-statement-{tag[..20]}";
    public string HeadOfDelegation => $"Canary Envoy {tag[20..]}";
    public string TradeSector => $"canary-trade-{tag[..10]}";
    public string InvestmentSector => $"canary-investment-{tag[10..22]}";
    public string Ruling => $"canary ruling {tag[12..28]}";
    public string MandateRuling => $"canary mandate ruling {tag[2..18]}";

    /// <summary>The strings of the secret, by the words a failure names them with.</summary>
    public IReadOnlyDictionary<string, string> Strings => new Dictionary<string, string>
    {
        ["the letter's subject"] = Subject,
        ["the letter's body phrase"] = BodyPhrase,
        ["Viet Nam's reply phrase"] = ReplyPhrase,
        ["Russia's acceptance phrase"] = AcceptancePhrase,
        ["the cooperation statement"] = Statement,
        ["the head of delegation"] = HeadOfDelegation,
        ["the trade sector"] = TradeSector,
        ["the investment sector"] = InvestmentSector,
        ["the GM's ruling"] = Ruling,
        ["Thailand's consent phrase"] = ConsentPhrase,
        ["the GM's ruling on the mandate"] = MandateRuling,
    };

    public BasingRightsClause Basing(GameWorld world, params BasingCapability[] capabilities) => new(
        [.. Bases.Select(world.Installation)], PeacetimeCap, EmergencyCap,
        capabilities.Length > 0 ? capabilities : [BasingCapability.Sigint, BasingCapability.NavalPresence], TermYears: null);

    public CommuniqueDraft LetterDraft(GameWorld world) => new(
        world.Ministry("RUS"),
        world.Ministry("VNM"),
        Subject,
        Classification.Secret,
        $"Secure and Encrypted. Moscow asks Hanoi, {BodyPhrase}, for the following.",
        [
            Basing(world),
            new ProtectingPowerClause("RUS", "THA", ProtectionScope.Both),
            new TradeAgreementClause(["energy", TradeSector], -7m, "RUB", TermYears: 10),
            new DelegationVisitClause(HeadOfDelegation, 37, "Hanoi", new DateOnly(2018, 12, 7)),
            new CooperationClause(CooperationSector.Security, Statement),
            new InvestmentClause(InvestmentSector, InvestmentAmount, "RUB"),
        ]);

    /// <summary>The ids the exchange produced, as the parties' calls returned them.</summary>
    public Guid LetterId { get; set; }

    public Guid VietNamReply { get; set; }
    public Guid RussiaAcceptance { get; set; }
    public Guid ConsentRequest { get; set; }
    public Guid ThailandConsent { get; set; }
    public Guid Mandate { get; set; }
    public List<Guid> Agreements { get; } = [];

    /// <summary>
    /// Plays the exchange: Viet Nam counters the basing clause (Russia accepts the counter), accepts
    /// the mandate, trade, visit and cooperation, rejects the investment; Thailand consents to the
    /// mandate; the GM ratifies what awaits ratification.
    /// </summary>
    /// <param name="server">The server to play on.</param>
    /// <param name="whileAwaitingRatification">Run when the basing clause is accepted (its room held) but not yet ratified.</param>
    public async Task PlayAsync(DiplomacySimServer server, Func<Task>? whileAwaitingRatification = null)
    {
        const string game = TestWorld.Slug;
        var (rus, vnm, tha, gm) = (await server.SignInAsync("rus.mfa"), await server.SignInAsync("vnm.mfa"), await server.SignInAsync("tha.mfa"), await server.SignInAsync("gm"));
        var world = await rus.GetGameAsync(game);

        var letter = await rus.SendCommuniqueAsync(game, LetterDraft(world));
        LetterId = letter.Id;
        var answer = await vnm.RespondAsync(game, letter.Id, new ResponseDraft(world.Ministry("VNM"), $"Hanoi answers: {ReplyPhrase}.",
        [
            new ClauseResponse(0, Decision.Counter, Basing(world, BasingCapability.Sigint)),
            new ClauseResponse(1, Decision.Accept),
            new ClauseResponse(2, Decision.Accept),
            new ClauseResponse(3, Decision.Accept),
            new ClauseResponse(4, Decision.Accept),
            new ClauseResponse(5, Decision.Reject),
        ]));
        VietNamReply = answer.Id;
        Agreements.AddRange(answer.Agreements);

        var acceptance = await rus.RespondAsync(game, answer.Id, new ResponseDraft(world.Ministry("RUS"), $"Moscow agrees: {AcceptancePhrase}.", [new ClauseResponse(0, Decision.Accept)]));
        RussiaAcceptance = acceptance.Id;
        Agreements.AddRange(acceptance.Agreements);

        var consent = (await tha.ListCommuniquesAsync(game, Box.Inbox)).Single(c => c.Clauses.Any(k => k.ConsentForAgreement is not null));
        ConsentRequest = consent.Id;
        Mandate = consent.Clauses.Single().ConsentForAgreement!.Value;
        var consented = await tha.RespondAsync(game, consent.Id, new ResponseDraft(world.Ministry("THA"), $"Bangkok consents: {ConsentPhrase}.", [new ClauseResponse(0, Decision.Accept)]));
        ThailandConsent = consented.Id;
        Agreements.AddRange(consented.Agreements);

        if (whileAwaitingRatification is not null)
            await whileAwaitingRatification();
        foreach (var pending in (await gm.ListAgreementsAsync(game)).Where(a => a.Awaiting.Contains("ratification")))
            await gm.RatifyAsync(game, pending.Id, pending.Kind == ClauseKind.ProtectingPower ? MandateRuling : Ruling);

        var agreements = await gm.ListAgreementsAsync(game);
        agreements.Count.ShouldBe(5, "basing, mandate, trade, visit and cooperation are concluded");
        agreements.ShouldAllBe(a => a.Status == AgreementStatus.InForce, "every agreement of the canary is in force");
        Agreements.AddRange(agreements.Select(a => a.Id));
    }
}
