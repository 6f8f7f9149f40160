namespace DiplomacySim.Server.Data;

/// <summary>Sizes the API accepts; validators and columns share them.</summary>
internal static class Limits
{
    public const int BodyLength = 20_000;
    public const int SubjectLength = Domain.Communiques.Correspondence.SubjectLength;
    public const int ClausesPerCommunique = 20;
    public const int RulingLength = 4_000;
    public const int IdempotencyKeyLength = 128;

    /// <summary>A claim's note, and a GM's note or reason deciding it: a paragraph to the GMs, not a letter.</summary>
    public const int ClaimNoteLength = 2_000;
}
