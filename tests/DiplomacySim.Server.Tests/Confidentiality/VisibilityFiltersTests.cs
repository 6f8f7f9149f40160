using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.Events;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.Visibility;
using DiplomacySim.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacySim.Server.Tests.Confidentiality;

/// <summary>
/// The SQL filters that lists use (<see cref="VisibilityFilters"/>) say exactly what the Domain's
/// audiences say, on PostgreSQL, for a table of things and viewers: a filter that drifted from the rule
/// would show a list what a direct read refuses, or the other way round.
/// </summary>
public sealed class VisibilityFiltersTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    private static readonly string[] Nations = ["RUS", "VNM", "THA", "CHN"];

    public static TheoryData<string> Viewers => new() { "RUS", "VNM", "THA", "CHN", "CHN+VNM", "spectator", "gm" };

    private static Viewer ViewerNamed(string who) => who switch
    {
        "gm" => new("gm", true, new HashSet<Guid>(), new HashSet<string>()),
        "spectator" => new("spectator", false, new HashSet<Guid>(), new HashSet<string>()),
        _ => new(who, false, new HashSet<Guid>(), who.Split('+').ToHashSet(StringComparer.Ordinal)),
    };

    [Theory]
    [MemberData(nameof(Viewers))]
    public async Task TheFilters_AgreeWithTheDomainsAudiences(string who)
    {
        var viewer = ViewerNamed(who);
        var (gameId, communiques, agreements, events) = await SeedAsync();
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GameDbContext>();

        var listedCommuniques = await db.Communiques.AsNoTracking().Where(c => communiques.Contains(c.Id)).VisibleTo(viewer).Select(c => c.Id).ToListAsync();
        var allCommuniques = await db.Communiques.AsNoTracking().Where(c => communiques.Contains(c.Id)).ToListAsync();
        listedCommuniques.ShouldBe(allCommuniques.Where(c => c.IsVisibleTo(viewer)).Select(c => c.Id), ignoreOrder: true);

        var listedAgreements = await db.Agreements.AsNoTracking().Where(a => agreements.Contains(a.Id)).VisibleTo(viewer).Select(a => a.Id).ToListAsync();
        var allAgreements = await db.Agreements.AsNoTracking().Where(a => agreements.Contains(a.Id)).ToListAsync();
        listedAgreements.ShouldBe(allAgreements.Where(a => a.IsVisibleTo(viewer)).Select(a => a.Id), ignoreOrder: true);

        var listedEvents = await db.Events.AsNoTracking().Where(e => e.GameId == gameId && events.Contains(e.Seq)).VisibleTo(viewer).Select(e => e.Seq).ToListAsync();
        var allEvents = await db.Events.AsNoTracking().Where(e => e.GameId == gameId && events.Contains(e.Seq)).ToListAsync();
        listedEvents.ShouldBe(allEvents.Where(e => e.IsVisibleTo(viewer)).Select(e => e.Seq), ignoreOrder: true);

        // Not a vacuous table: every viewer but the GM is refused something, and everyone sees something.
        (listedCommuniques.Count + listedAgreements.Count + listedEvents.Count).ShouldBeGreaterThan(0);
        if (!viewer.IsGameMaster)
            listedCommuniques.Count.ShouldBeLessThan(allCommuniques.Count);
    }

    // Every classification between every pair, as letters, agreements (with and without a host) and
    // events; each row of the theory seeds its own, after the last seq stored.
    private async Task<(Guid GameId, List<Guid> Communiques, List<Guid> Agreements, List<long> Events)> SeedAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GameDbContext>();
        var game = await db.Games.SingleAsync(g => g.Slug == TestWorld.Slug);
        var ministries = await db.Ministries.Where(m => m.GameId == game.Id).ToListAsync();
        var communiques = new List<Guid>();
        var agreements = new List<Guid>();
        var events = new List<long>();
        var seq = (await db.Events.Where(e => e.GameId == game.Id).MaxAsync(e => (long?)e.Seq) ?? 0) + 1_000;
        foreach (var classification in Enum.GetValues<Classification>())
        {
            foreach (var from in Nations)
            {
                foreach (var to in Nations.Where(n => n != from))
                {
                    var sender = ministries.First(m => m.Nation == from);
                    var recipient = ministries.First(m => m.Nation == to);
                    var letter = new Communique(Guid.NewGuid(), game.Id, sender.Id, recipient.Id, from, to, "Table", classification, "", null, DateTimeOffset.UtcNow, game.InGameDate, "test");
                    db.Communiques.Add(letter);
                    communiques.Add(letter.Id);
                    // A mandate in Thailand between any two others (never Thailand itself: a nation is a party once).
                    Clause terms = to == "THA" || from == "THA" ? new CooperationClause(CooperationSector.Cultural, "Table.") : new ProtectingPowerClause(from, "THA", ProtectionScope.Both);
                    var agreement = new Agreement(Guid.NewGuid(), game.Id, terms, new ClauseParties(from, to), classification, Guid.NewGuid(), game.InGameDate, false);
                    db.Agreements.Add(agreement);
                    agreements.Add(agreement.Id);
                    db.Events.Add(new GameEvent(game.Id, ++seq, "test.table", DateTimeOffset.UtcNow, game.InGameDate, "{}",
                        classification == Classification.Public ? null : [from, to]));
                    events.Add(seq);
                }
            }
        }
        // A claim's events are for one member and the GMs (Audience.OnlyMember): here the spectator's, and a RUS player's.
        foreach (var member in new[] { "spectator", "RUS" })
        {
            db.Events.Add(new GameEvent(game.Id, ++seq, "test.claim", DateTimeOffset.UtcNow, game.InGameDate, "{}", [.. Audience.OnlyMember(member).Nations!]));
            events.Add(seq);
        }
        await db.SaveChangesAsync();
        return (game.Id, communiques, agreements, events);
    }
}
