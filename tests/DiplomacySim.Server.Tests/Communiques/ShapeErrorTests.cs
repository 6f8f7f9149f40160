using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DiplomacySim.Client.Contracts;

namespace DiplomacySim.Server.Tests.Communiques;

/// <summary>Malformed communiques: 400 with an error per field, never a 500, never anything stored.</summary>
public sealed class ShapeErrorTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    private const string Game = TestWorld.Slug;

    public static TheoryData<string, string, string> BadClauses => new()
    {
        { "missing caps", """{ "kind": "basingRights", "installations": ["{yenBai}"], "capabilities": [] }""", "clauses[0].peacetimePersonnelCap" },
        { "negative cap", """{ "kind": "basingRights", "installations": ["{yenBai}"], "peacetimePersonnelCap": -1, "emergencyPersonnelCap": 10, "capabilities": [] }""", "clauses[0].peacetimePersonnelCap" },
        { "unknown kind", """{ "kind": "annexation", "territory": "Crimea" }""", "clauses[0].kind" },
        { "no kind", """{ "installations": [] }""", "clauses[0].kind" },
        { "protecting power without host", """{ "kind": "protectingPower", "protectedState": "RUS", "scope": "both" }""", "clauses[0].hostState" },
        { "trade without currency", """{ "kind": "tradeAgreement", "sectors": ["energy"], "tariffChangePercent": 0 }""", "clauses[0].settlementCurrency" },
        { "visit without date", """{ "kind": "delegationVisit", "headOfDelegation": "DPM", "size": 10, "city": "Hanoi" }""", "clauses[0].proposedDate" },
        { "cooperation in an unknown sector", """{ "kind": "cooperation", "sector": "space", "statement": "Let us go to the Moon." }""", "clauses[0].sector" },
        { "investment of nothing", """{ "kind": "investment", "sector": "energy", "amount": 0, "currency": "USD" }""", "clauses[0].amount" },
        { "other request without a summary", """{ "kind": "otherRequest", "details": "Something." }""", "clauses[0].summary" },
        { "an ambassador without a name", """{ "kind": "diplomaticRelations", "action": "accreditAmbassador" }""", "clauses[0].envoy" },
        { "status of forces silent on taxes", """{ "kind": "statusOfForces", "jurisdiction": "shared", "customsExemption": true }""", "clauses[0].taxExemption" },
        { "a pact of no type", """{ "kind": "defencePact", "termYears": 10 }""", "clauses[0].type" },
        { "overflight on a year and a day's notice", """{ "kind": "overflightRights", "aircraft": "civil", "corridor": "north", "noticeHours": 8761 }""", "clauses[0].noticeHours" },
        { "intelligence of no domain", """{ "kind": "intelligenceSharing", "domains": [], "level": "raw" }""", "clauses[0].domains" },
        { "arms of no value", """{ "kind": "armsPurchase", "items": ["rifles"], "quantity": 10, "value": 0, "currency": "USD" }""", "clauses[0].value" },
        { "visas for nobody", """{ "kind": "visaFacilitation", "categories": [], "waiver": true }""", "clauses[0].categories" },
    };

    [Theory]
    [MemberData(nameof(BadClauses))]
    public async Task ABadClause_Is400NamingTheField(string because, string clause, string field)
    {
        var (http, world) = await SignedInAsync();
        var body = Letter(world, JsonNode.Parse(clause.Replace("{yenBai}", world.Installation("Yên Bái Air Base").ToString(), StringComparison.Ordinal))!);

        foreach (var path in new[] { "communiques/check", "communiques" })
        {
            using var response = await http.PostAsync($"api/games/{Game}/{path}", Json(body));
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, because);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            problem.GetProperty("code").GetString().ShouldBe("VALIDATION_FAILED");
            problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue($"{because}: errors were {problem.GetProperty("errors")}");
        }
        await NothingWasSentAsync();
    }

    [Fact]
    public async Task ABodyOver20000Characters_Is400()
    {
        var (http, world) = await SignedInAsync();
        var body = Letter(world);
        body["body"] = new string('x', 20_001);

        using var response = await http.PostAsync($"api/games/{Game}/communiques", Json(body));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("body", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task MoreThan20Clauses_Is400()
    {
        var (http, world) = await SignedInAsync();
        var visit = JsonNode.Parse("""{ "kind": "delegationVisit", "headOfDelegation": "DPM", "size": 10, "city": "Hanoi", "proposedDate": "2018-12-01" }""")!;
        var body = Letter(world, [.. Enumerable.Range(0, 21).Select(_ => visit.DeepClone())]);

        using var response = await http.PostAsync($"api/games/{Game}/communiques", Json(body));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("clauses", out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{ "fromMinistry": "not-a-guid" }""")]
    [InlineData("""{ "classification": "top-secret" }""")]
    [InlineData("[]")]
    public async Task AnUnreadableBody_Is400ProblemDetails(string text)
    {
        var (http, _) = await SignedInAsync();

        using var response = await http.PostAsync($"api/games/{Game}/communiques", new StringContent(text, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        // The API's words (JSON paths, field names), never the server's own type names.
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        detail.ShouldNotContain("DiplomacySim");
        detail.ShouldNotContain("System.");
        detail.ShouldNotContain("CommuniqueInput");
    }

    [Fact]
    public async Task AFieldGivenTwice_Is400_NotItsLastValue()
    {
        var (http, _) = await SignedInAsync();

        using var response = await http.PostAsync($"api/games/{Game}/clock", new StringContent("""{"days":1,"days":2}""", Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        detail.ShouldContain("days");
        detail.ShouldNotContain("DiplomacySim");
    }

    [Fact]
    public async Task MissingRequiredFields_AreEachNamed()
    {
        var (http, _) = await SignedInAsync();

        using var response = await http.PostAsync($"api/games/{Game}/communiques", Json(new JsonObject()));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "fromMinistry", "toMinistry", "subject", "classification", "body", "clauses" })
            errors.TryGetProperty(field, out _).ShouldBeTrue($"no error for {field}: {errors}");
    }

    [Theory]
    [InlineData("communiques?box=drafts", "box")]
    [InlineData("communiques?box=1", "box")]
    [InlineData("communiques?box=inbox,sent", "box")]
    [InlineData("communiques?limit=many", null)]
    [InlineData("events?after=yesterday", null)]
    public async Task ABadQueryParameter_Is400ProblemDetails_SayingWhatWasWrong(string query, string? field)
    {
        var (http, _) = await SignedInAsync();

        using var response = await http.GetAsync($"api/games/{Game}/{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (field is null)
        {
            var detail = problem.GetProperty("detail").GetString()!;
            detail.ShouldNotBeNullOrWhiteSpace();
            detail.ShouldNotContain("Int32");
            detail.ShouldNotContain("\"long ");
            detail.ShouldNotContain("\"int ");
        }
        else
            problem.GetProperty("errors").GetProperty(field)[0].GetString()!.ShouldContain("inbox, sent or all");
    }

    [Theory]
    [InlineData("Inbox")]
    [InlineData("SENT")]
    [InlineData("all")]
    public async Task TheBox_IsReadInAnyCase(string box)
    {
        var (http, _) = await SignedInAsync();

        using var response = await http.GetAsync($"api/games/{Game}/communiques?box={box}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<(HttpClient Http, GameWorld World)> SignedInAsync()
    {
        var client = await server.SignInAsync("rus.mfa");
        var http = server.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", client.AccessToken);
        return (http, await client.GetGameAsync(Game));
    }

    private async Task NothingWasSentAsync() =>
        (await (await server.SignInAsync("gm")).ListCommuniquesAsync(Game)).ShouldBeEmpty();

    private static JsonObject Letter(GameWorld world, params JsonNode[] clauses) => new()
    {
        ["fromMinistry"] = world.Ministry("RUS").ToString(),
        ["toMinistry"] = world.Ministry("VNM").ToString(),
        ["subject"] = "Test",
        ["classification"] = "confidential",
        ["body"] = "A letter.",
        ["clauses"] = new JsonArray(clauses),
    };

    private static StringContent Json(JsonNode node) => new(node.ToJsonString(), Encoding.UTF8, "application/json");
}
