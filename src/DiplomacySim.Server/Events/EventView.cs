using System.Text.Json;

namespace DiplomacySim.Server.Events;

/// <summary>An event as clients receive it, from <c>GET .../events</c> and through the hub's <c>Event</c> alike.</summary>
public sealed record EventView(long Seq, string Type, DateTimeOffset OccurredAt, DateOnly InGameDate, JsonElement Payload);
