using System.Net;
using DiplomacySim.Client;
using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Server.Tests.Communiques;

/// <summary>
/// Each rule the test world can break at check and at send, through HTTP: the check lists it, the
/// send refuses with 422 and the same violations, and nothing is stored.
/// </summary>
public sealed class RulesAtSendTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    private const string Game = TestWorld.Slug;

    [Theory]
    [InlineData("RECIPIENT_UNKNOWN")]
    [InlineData("SAME_NATION")]
    [InlineData("MINISTRY_NOT_COMPETENT")]
    [InlineData("INSTALLATION_UNKNOWN")]
    [InlineData("INSTALLATION_NOT_IN_RECIPIENT_TERRITORY")]
    [InlineData("CAPS_INCONSISTENT")]
    [InlineData("CAPACITY_EXCEEDED")]
    [InlineData("PROTECTED_STATE_HAS_EMBASSY")]
    [InlineData("PROTECTOR_IS_HOST")]
    [InlineData("NATION_UNKNOWN")]
    [InlineData("TARIFF_OUT_OF_RANGE")]
    [InlineData("DATE_IN_PAST")]
    [InlineData("DELEGATION_TOO_LARGE")]
    [InlineData("RELATION_TOO_LOW")]
    public async Task ABrokenRule_IsListedByCheckAndRefusedBySend(string code)
    {
        var (client, draft) = await BreakingAsync(code);

        var check = await client.CheckCommuniqueAsync(Game, draft);
        check.Violations.ShouldContain(v => v.Code == code);
        check.Violations.ShouldAllBe(v => !string.IsNullOrWhiteSpace(v.Message));

        var refused = await Should.ThrowAsync<DiplomacySimApiException>(() => client.SendCommuniqueAsync(Game, draft));
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refused.Code.ShouldBe("RULES_VIOLATED");
        refused.Violations.ShouldBe(check.Violations);
        (await (await server.SignInAsync("gm")).ListCommuniquesAsync(Game)).ShouldBeEmpty();
    }

    [Fact]
    public async Task TheSameDraftsWithinTheRules_AreClean()
    {
        var rus = await server.SignInAsync("rus.mfa");
        var world = await rus.GetGameAsync(Game);
        var draft = Letter(world, "RUS", "VNM",
            new BasingRightsClause([world.Installation("Đà Nẵng Air Base")], 1_000, 4_000, [BasingCapability.AirOperations], 5),
            new TradeAgreementClause(["energy"], 10m, "USD", null),
            new DelegationVisitClause("Deputy Foreign Minister", 12, "Hanoi", new DateOnly(2018, 10, 3)));

        (await rus.CheckCommuniqueAsync(Game, draft)).Violations.ShouldBeEmpty();
    }

    [Fact]
    public async Task SendingForAMinistryTheCallerDoesNotHold_Is403()
    {
        var rus = await server.SignInAsync("rus.mfa");
        var world = await rus.GetGameAsync(Game);
        var draft = Letter(world, "VNM", "RUS");

        (await rus.CheckCommuniqueAsync(Game, draft)).Violations.ShouldContain(v => v.Code == "SENDER_NOT_HELD");
        var refused = await Should.ThrowAsync<DiplomacySimApiException>(() => rus.SendCommuniqueAsync(Game, draft));
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        refused.Code.ShouldBe("SENDER_NOT_HELD");
    }

    private async Task<(DiplomacySimClient Client, CommuniqueDraft Draft)> BreakingAsync(string code)
    {
        var rus = await server.SignInAsync("rus.mfa");
        var world = await rus.GetGameAsync(Game);
        BasingRightsClause Basing(string installation, int peacetime, int emergency) =>
            new([world.Installation(installation)], peacetime, emergency, [BasingCapability.Sigint], null);
        DelegationVisitClause Visit(int size, DateOnly date) => new("Deputy Prime Minister", size, "Hanoi", date);

        return code switch
        {
            "RECIPIENT_UNKNOWN" => (rus, Letter(world, "RUS", "VNM") with { ToMinistry = Guid.NewGuid() }),
            "SAME_NATION" => (await server.SignInAsync("rus.mod"), Letter(world, "RUS", "RUS", "defence", "foreignAffairs")),
            // A GM may write for a ministry no player holds; Russia's trade ministry may not ask for bases.
            "MINISTRY_NOT_COMPETENT" => (await server.SignInAsync("gm"), Letter(world, "RUS", "VNM", "trade", "foreignAffairs", Basing("Cam Ranh Base", 100, 100))),
            "INSTALLATION_UNKNOWN" => (rus, Letter(world, "RUS", "VNM", new BasingRightsClause([Guid.NewGuid()], 100, 100, [], null))),
            "INSTALLATION_NOT_IN_RECIPIENT_TERRITORY" => (rus, Letter(world, "RUS", "VNM", Basing("Subic Bay", 100, 100))),
            "CAPS_INCONSISTENT" => (rus, Letter(world, "RUS", "VNM", Basing("Cam Ranh Base", 5_000, 1_000))),
            "CAPACITY_EXCEEDED" => (rus, Letter(world, "RUS", "VNM", Basing("Đà Nẵng Air Base", 1_000, 5_001))),
            "PROTECTED_STATE_HAS_EMBASSY" => (rus, Letter(world, "RUS", "VNM", new ProtectingPowerClause("RUS", "CHN", ProtectionScope.Both))),
            "PROTECTOR_IS_HOST" => (rus, Letter(world, "RUS", "THA", ReferenceLetter.ProtectingPowerInThailand)),
            "NATION_UNKNOWN" => (rus, Letter(world, "RUS", "VNM", new ProtectingPowerClause("RUS", "XYZ", ProtectionScope.Consular))),
            "TARIFF_OUT_OF_RANGE" => (rus, Letter(world, "RUS", "VNM", new TradeAgreementClause(["energy"], 80m, "RUB", null))),
            "DATE_IN_PAST" => (rus, Letter(world, "RUS", "VNM", Visit(10, new DateOnly(2018, 10, 2)))),
            "DELEGATION_TOO_LARGE" => (rus, Letter(world, "RUS", "VNM", Visit(5_000, new DateOnly(2018, 12, 1)))),
            // Beijing thinks too poorly of Washington to lend it a base.
            "RELATION_TOO_LOW" => (await server.SignInAsync("usa.mfa"), Letter(world, "USA", "CHN", Basing("Yulin Naval Base", 100, 100))),
            _ => throw new ArgumentOutOfRangeException(nameof(code), code, "No draft breaks this rule in the test world."),
        };
    }

    private static CommuniqueDraft Letter(GameWorld world, string from, string to, params Clause[] clauses) =>
        Letter(world, from, to, "foreignAffairs", "foreignAffairs", clauses);

    private static CommuniqueDraft Letter(GameWorld world, string from, string to, string fromKind, string toKind, params Clause[] clauses) =>
        new(world.Ministry(from, fromKind), world.Ministry(to, toKind), "Proposals", Classification.Confidential, "Dear colleagues,", clauses);
}
