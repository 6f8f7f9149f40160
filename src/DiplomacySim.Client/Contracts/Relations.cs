using System.Text.Json;

namespace DiplomacySim.Client.Contracts;

/// <summary>Every opinion the caller may see, by directed pair.</summary>
public sealed record RelationsMatrix(IReadOnlyList<string> Nations, IReadOnlyList<OpinionEntry> Opinions);

public sealed record OpinionEntry(string From, string To, int Score);

/// <summary>One directed opinion and the modifiers that explain it.</summary>
public sealed record RelationDetail(string From, string To, int Score, IReadOnlyList<ModifierView> Modifiers);

/// <summary>
/// One reason behind a score: its starting <paramref name="Amount"/>, its <paramref name="Value"/>
/// today, and the event that caused it (null when the caller may not see that event).
/// </summary>
public sealed record ModifierView(string Reason, int Amount, int Value, long? SourceEventSeq, DateOnly? Since, DecayView? Decay);

/// <summary>How a modifier fades (<c>linear</c>) and over how many in-game days.</summary>
public sealed record DecayView(string Kind, int OverDays);

/// <summary>An entry of the game's event log; <paramref name="Payload"/> depends on <paramref name="Type"/> (API.md, Events).</summary>
public sealed record GameEvent(long Seq, string Type, DateTimeOffset OccurredAt, DateOnly InGameDate, JsonElement Payload);
