using DiplomacySim.Domain.Events;
using DiplomacySim.Server.Play;

namespace DiplomacySim.Server.Realtime;

/// <summary>
/// Who is watching through one connection: what the player may see, fixed when they join. The same
/// test as <c>GET .../events</c>: GMs see everything, others public events and those of their nations.
/// </summary>
public sealed record Viewer(string UserId, bool IsGameMaster, IReadOnlySet<string> Nations)
{
    public static Viewer Of(Player player) => new(player.UserId, player.IsGameMaster, player.Nations);

    public bool MaySee(GameEvent gameEvent) =>
        IsGameMaster || gameEvent.Audience is null || gameEvent.Audience.Exists(Nations.Contains);
}
