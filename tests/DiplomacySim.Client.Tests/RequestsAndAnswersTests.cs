using System.Net;
using System.Text;
using System.Text.Json;
using DiplomacySim.Client;
using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Client.Tests;

/// <summary>
/// What the client puts on the wire and how it reads answers, against a handler that records the
/// request and answers as told. The server tests check the same calls against the real server.
/// </summary>
public sealed class RequestsAndAnswersTests
{
    private const string Game = "rus-vnm-2018";

    [Theory]
    [InlineData(Box.All, null, "/api/games/rus-vnm-2018/communiques")]
    [InlineData(Box.Inbox, null, "/api/games/rus-vnm-2018/communiques?box=inbox")]
    [InlineData(Box.Sent, 50, "/api/games/rus-vnm-2018/communiques?box=sent&limit=50")]
    [InlineData(Box.All, 500, "/api/games/rus-vnm-2018/communiques?limit=500")]
    public async Task ListingCommuniques_PutsOnlyTheGivenParametersInTheQuery(Box box, int? limit, string expected)
    {
        var (client, server) = Answering(HttpStatusCode.OK, "[]");

        await client.ListCommuniquesAsync(Game, box, limit);

        server.Request!.RequestUri!.PathAndQuery.ShouldBe(expected);
    }

    [Fact]
    public async Task Events_AreAskedAfterASeq()
    {
        var (client, server) = Answering(HttpStatusCode.OK, "[]");

        await client.GetEventsAsync(Game, after: 41, limit: 10);

        server.Request!.RequestUri!.PathAndQuery.ShouldBe("/api/games/rus-vnm-2018/events?after=41&limit=10");
    }

    [Fact]
    public async Task ASend_CarriesTheIdempotencyKey_AndEachClauseItsKind()
    {
        var (client, server) = Answering(HttpStatusCode.Created, $$"""{"id":"{{Guid.NewGuid()}}","seq":7}""");
        var draft = new CommuniqueDraft(Guid.NewGuid(), Guid.NewGuid(), "Bases", Classification.Secret, "Dear colleagues,",
            [new BasingRightsClause([Guid.NewGuid()], 5_000, 25_000, [BasingCapability.NavalPresence], null)]);

        var sent = await client.SendCommuniqueAsync(Game, draft, idempotencyKey: "letter-1");

        sent.Seq.ShouldBe(7);
        server.Request!.Headers.GetValues(DiplomacySimClient.IdempotencyKeyHeader).ShouldBe(["letter-1"]);
        using var body = JsonDocument.Parse(server.Body!);
        body.RootElement.GetProperty("classification").GetString().ShouldBe("secret");
        var clause = body.RootElement.GetProperty("clauses")[0];
        clause.GetProperty("kind").GetString().ShouldBe("basingRights");
        clause.GetProperty("emergencyPersonnelCap").GetInt32().ShouldBe(25_000);
        clause.GetProperty("capabilities")[0].GetString().ShouldBe("navalPresence");
    }

    [Fact]
    public async Task RuleViolations_AreReadFromTheProblem_SkippingEntriesOfAnotherShape()
    {
        var (client, _) = Answering(HttpStatusCode.UnprocessableEntity, """
            {
              "status": 422, "title": "The communique breaks the game's rules", "code": "RULES_VIOLATED",
              "violations": [
                { "code": "SAME_NATION", "message": "Both ministries belong to Russia.", "clauseIndex": null },
                { "code": "CAPACITY_EXCEEDED", "message": "Clause 1 (basing rights): too many.", "clauseIndex": 0 },
                { "message": "no code" },
                "not an object"
              ]
            }
            """, "application/problem+json");

        var error = await Should.ThrowAsync<DiplomacySimApiException>(() => client.CheckCommuniqueAsync(Game, new(Guid.NewGuid(), Guid.NewGuid(), "s", Classification.Public, "b", [])));

        error.Code.ShouldBe("RULES_VIOLATED");
        error.Violations.ShouldBe(
        [
            new Violation("SAME_NATION", "Both ministries belong to Russia.", null),
            new Violation("CAPACITY_EXCEEDED", "Clause 1 (basing rights): too many.", 0),
        ]);
    }

    [Fact]
    public async Task AProblemWithoutViolations_HasNone()
    {
        var (client, _) = Answering(HttpStatusCode.NotFound, """{"status":404,"title":"Not found","code":"GAME_NOT_FOUND"}""", "application/problem+json");

        var error = await Should.ThrowAsync<DiplomacySimApiException>(() => client.ListAgreementsAsync(Game));

        error.Violations.ShouldBeEmpty();
    }

    [Fact]
    public async Task AClauseWhoseKindComesLast_IsRead()
    {
        var id = Guid.NewGuid();
        var (client, _) = Answering(HttpStatusCode.OK, $$"""
            {
              "id": "{{id}}", "seq": 3, "fromMinistry": "{{Guid.NewGuid()}}", "toMinistry": "{{Guid.NewGuid()}}",
              "fromNation": "RUS", "toNation": "VNM", "subject": "Protection", "classification": "confidential", "body": "",
              "inReplyTo": null, "sentAt": "2026-11-24T10:00:00+00:00", "inGameDate": "2018-10-03",
              "clauses": [ {
                "index": 0, "kind": "protectingPower", "status": "pending", "requester": "RUS", "grantor": "VNM",
                "terms": { "protectedState": "RUS", "hostState": "THA", "scope": "both", "kind": "protectingPower" },
                "answers": null, "agreementId": null, "consentForAgreement": null
              } ]
            }
            """);

        var communique = await client.GetCommuniqueAsync(Game, id);

        communique.Clauses.ShouldHaveSingleItem().Terms.ShouldBe(new ProtectingPowerClause("RUS", "THA", ProtectionScope.Both));
        communique.InGameDate.ShouldBe(new DateOnly(2018, 10, 3));
    }

    [Fact]
    public async Task ARuling_IsSentAsTheBody()
    {
        var (client, server) = Answering(HttpStatusCode.BadRequest, """{"status":400,"title":"x"}""", "application/problem+json");
        var agreement = Guid.NewGuid();

        await Should.ThrowAsync<DiplomacySimApiException>(() => client.VetoAsync(Game, agreement, "Vetoed: a civilian airport."));

        server.Request!.RequestUri!.PathAndQuery.ShouldBe($"/api/games/rus-vnm-2018/agreements/{agreement}/veto");
        server.Body.ShouldBe("""{"ruling":"Vetoed: a civilian airport."}""");
    }

    private static (DiplomacySimClient Client, RecordingServer Server) Answering(HttpStatusCode status, string body, string mediaType = "application/json")
    {
        var server = new RecordingServer(status, body, mediaType);
        return (new DiplomacySimClient(new HttpClient(server) { BaseAddress = new Uri("http://server.invalid/") }, "token"), server);
    }

    private sealed class RecordingServer(HttpStatusCode status, string body, string mediaType) : HttpMessageHandler
    {
        public HttpRequestMessage? Request { get; private set; }
        public string? Body { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Request = request;
            Body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            return new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType), RequestMessage = request };
        }
    }
}
