using DiplomacySim.Server.Events;

namespace DiplomacySim.Server.Realtime;

/// <summary>What the hub calls on its clients: one method, with the shape of <c>GET .../events</c>.</summary>
public interface IGameClient
{
    Task Event(EventView gameEvent);
}
