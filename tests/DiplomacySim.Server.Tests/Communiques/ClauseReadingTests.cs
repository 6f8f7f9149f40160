using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Clauses;

namespace DiplomacySim.Server.Tests.Communiques;

/// <summary>
/// A clause is read by its kind, in a letter and in a counter-proposal alike: a term that cannot be
/// read is a 400 naming its whole path, a missing one a validation error naming the field, and the
/// order of the fields never matters.
/// </summary>
public sealed class ClauseReadingTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    private const string Game = TestWorld.Slug;
    private const string Visit = """{ "kind": "delegationVisit", "headOfDelegation": "DPM", "size": 10, "city": "Hanoi", "proposedDate": "2018-12-01" }""";

    [Fact]
    public async Task ATermThatCannotBeRead_Is400_NamingItsPath()
    {
        var (http, world) = await SignedInAsync("rus.mfa");

        using var response = await http.PostAsync($"api/games/{Game}/communiques",
            Json(Letter(world, """{ "kind": "basingRights", "installations": [], "peacetimePersonnelCap": "many" }""")));

        var detail = await BadRequestDetailAsync(response);
        detail.ShouldContain("at $.clauses[0].peacetimePersonnelCap (line 1, position ");
        detail.ShouldNotContain("DiplomacySim");
        detail.ShouldNotContain("Terms");
    }

    [Fact]
    public async Task ACounterProposal_IsReadByItsKindToo()
    {
        var (rus, world) = await SignedInAsync("rus.mfa");
        using var sent = await rus.PostAsync($"api/games/{Game}/communiques", Json(Letter(world, Visit)));
        sent.StatusCode.ShouldBe(HttpStatusCode.Created);
        var letter = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var (vnm, _) = await SignedInAsync("vnm.mfa");

        using var unreadable = await vnm.PostAsync($"api/games/{Game}/communiques/{letter}/responses",
            Json(Answer(world, """{ "kind": "delegationVisit", "size": "ten" }""")));
        (await BadRequestDetailAsync(unreadable)).ShouldContain("at $.responses[0].counter.size ");

        using var incomplete = await vnm.PostAsync($"api/games/{Game}/communiques/{letter}/responses",
            Json(Answer(world, """{ "kind": "delegationVisit", "headOfDelegation": "DPM", "size": 0, "city": "Hanoi" }""")));
        incomplete.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await incomplete.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe(["responses[0].counter.size", "responses[0].counter.proposedDate"], ignoreOrder: true);

        using var countered = await vnm.PostAsync($"api/games/{Game}/communiques/{letter}/responses",
            Json(Answer(world, """{ "size": 5, "city": "Da Nang", "proposedDate": "2018-12-02", "headOfDelegation": "DPM", "kind": "delegationVisit" }""")));
        countered.StatusCode.ShouldBe(HttpStatusCode.Created);
        var gm = await server.SignInAsync("gm");
        (await gm.ListCommuniquesAsync(Game)).Single(c => c.InReplyTo == letter).Clauses.Single().Terms
            .ShouldBe(new DelegationVisitClause("DPM", 5, "Da Nang", new DateOnly(2018, 12, 2)));
    }

    [Fact]
    public async Task ARetriedSend_WithTheFieldsInAnotherOrder_IsTheSameSend()
    {
        var (http, world) = await SignedInAsync("rus.mfa");
        var first = Letter(world, """{ "kind": "investment", "sector": "energy", "amount": 5, "currency": "USD" }""");
        var again = Letter(world, """{ "currency": "USD", "amount": 5, "sector": "energy", "kind": "investment" }""");

        var ids = new List<Guid>();
        foreach (var body in new[] { first, again })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"api/games/{Game}/communiques") { Content = Json(body) };
            request.Headers.Add("Idempotency-Key", "reordered");
            using var response = await http.SendAsync(request);
            response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }

        ids.Distinct().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task TheApiReference_DescribesASubmittedClause_KindByKind()
    {
        using var http = server.CreateClient();

        using var document = JsonDocument.Parse(await http.GetStringAsync("/openapi/v1.json"));

        var clause = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("ClauseInput");
        var kinds = clause.GetProperty("oneOf").EnumerateArray().ToDictionary(k => k.GetProperty("properties").GetProperty("kind").GetProperty("enum")[0].GetString()!);
        kinds.Keys.ShouldBe(ClauseKinds.All.Select(k => k.Name));
        kinds["basingRights"].GetProperty("properties").TryGetProperty("peacetimePersonnelCap", out _).ShouldBeTrue(kinds["basingRights"].ToString());
        kinds["delegationVisit"].GetProperty("properties").TryGetProperty("proposedDate", out _).ShouldBeTrue();
    }

    private async Task<(HttpClient Http, GameWorld World)> SignedInAsync(string userName)
    {
        var client = await server.SignInAsync(userName);
        var http = server.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", client.AccessToken);
        return (http, await client.GetGameAsync(Game));
    }

    private static async Task<string> BadRequestDetailAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("BAD_REQUEST");
        return problem.GetProperty("detail").GetString()!;
    }

    private static string Letter(GameWorld world, string clause) => $$"""
        { "fromMinistry": "{{world.Ministry("RUS")}}", "toMinistry": "{{world.Ministry("VNM")}}", "subject": "Test",
          "classification": "confidential", "body": "A letter.", "clauses": [{{clause}}] }
        """;

    private static string Answer(GameWorld world, string counter) => $$"""
        { "fromMinistry": "{{world.Ministry("VNM")}}", "body": "Rather this.", "responses": [{ "clauseIndex": 0, "decision": "counter", "counter": {{counter}} }] }
        """;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
