using DiplomacySim.Domain.World;
using DiplomacySim.Server.Play;

namespace DiplomacySim.Server.Features.Relations;

internal static class RelationAccess
{
    /// <summary>Whether the player may see Opinion(from→to): always in a public game, else only their own nation's pairs.</summary>
    public static bool MaySee(this Player player, Game game, string from, string to) =>
        game.RelationsVisibility == RelationsVisibility.Public || player.IsGameMaster
        || player.Nations.Contains(from) || player.Nations.Contains(to);
}
