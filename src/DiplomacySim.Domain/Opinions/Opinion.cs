namespace DiplomacySim.Domain.Opinions;

/// <summary>Opinion scores: the clamped sum of modifiers, always explainable by them.</summary>
public static class Opinion
{
    public const int Min = -100;
    public const int Max = 100;

    public static int Clamp(long score) => (int)Math.Clamp(score, Min, Max);

    /// <summary>The score of one directed pair on <paramref name="today"/>.</summary>
    public static int Score(IEnumerable<OpinionModifier> modifiers, DateOnly today) =>
        Clamp(modifiers.Sum(m => (long)m.ValueOn(today)));
}
