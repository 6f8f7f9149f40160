using DiplomacySim.Client;
using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Server.Tests.Communiques;

/// <summary>Short ways for tests to send a letter and answer it as the test world's players.</summary>
internal sealed class Conversation(DiplomacySimServer server)
{
    public const string Game = TestWorld.Slug;

    public async Task<(DiplomacySimClient Client, GameWorld World)> AsAsync(string userName)
    {
        var client = await server.SignInAsync(userName);
        return (client, await client.GetGameAsync(Game));
    }

    /// <summary>Sends a confidential letter between two ministries (foreign affairs unless named) and returns its id.</summary>
    public static async Task<Guid> SendAsync(DiplomacySimClient client, GameWorld world, string from, string to, Clause[] clauses,
        string fromKind = "foreignAffairs", Classification classification = Classification.Confidential) =>
        (await client.SendCommuniqueAsync(Game, new CommuniqueDraft(world.Ministry(from, fromKind), world.Ministry(to), "Proposals", classification, "Dear colleagues,", clauses))).Id;

    public static Task<ResponseResult> AnswerAsync(DiplomacySimClient client, GameWorld world, string nation, Guid communique, params ClauseResponse[] responses) =>
        client.RespondAsync(Game, communique, new ResponseDraft(world.Ministry(nation), "Our answer.", responses));

    public static BasingRightsClause Basing(GameWorld world, string installation, int personnel) =>
        new([world.Installation(installation)], personnel, personnel, [BasingCapability.Logistics], null);
}
