using DiplomacySim.Domain.Events;
using DiplomacySim.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacySim.Server.Tests.Realtime;

/// <summary>
/// An event that no notification announced (a NOTIFY lost, a commit this instance did not make) still
/// reaches open connections: the relay's sweep finds the game's log ahead of what its pump has read.
/// </summary>
public sealed class LostNotificationTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AnEventWrittenWithoutANotification_IsDeliveredByTheSweep()
    {
        await using var watcher = await Recorder.WatchAsync(server, "usa.mfa");
        // The pump has read the log once the watcher's catch-up is in.
        var caughtUp = DateTime.UtcNow + Patience;
        while (watcher.Received.Count == 0 && DateTime.UtcNow < caughtUp)
            await Task.Delay(20);

        // Written straight to the database: no command, so no NOTIFY and no wake of this instance's pump.
        long seq;
        using (var scope = server.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GameDbContext>();
            var game = await db.Games.SingleAsync(g => g.Slug == TestWorld.Slug);
            seq = game.NextEventSeq();
            db.Events.Add(new GameEvent(game.Id, seq, "clock.advanced", DateTimeOffset.UtcNow, game.InGameDate,
                """{"from":"2018-10-03","to":"2018-10-03","days":0}""", audience: null));
            await db.SaveChangesAsync();
        }

        (await watcher.ReceivedUpToAsync(seq)).ShouldContain(e => e.Seq == seq && e.Type == "clock.advanced", "the sweep wakes the pump of a game whose log moved unannounced");
    }
}
