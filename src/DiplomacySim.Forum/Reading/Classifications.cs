using System.Text.RegularExpressions;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Forum.Reading;

/// <summary>
/// The classification words forum letters use, mapped to the game's three levels: "Top Secret",
/// "Secure and Encrypted", "ENCRYPTED MESSAGE", "private and encrypted" are secret; "Restricted",
/// "Confidential" are confidential; "Unclassified", "Public" are public. Whole words only: a
/// "Secretary" is not a secret.
/// </summary>
internal static partial class Classifications
{
    [GeneratedRegex(@"\b(?<secret>top secret|secret|secure and encrypted|encrypted|eyes only|cosmic)\b|\b(?<confidential>restricted|confidential|classified)\b|\b(?<public>unclassified|public)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Word();

    /// <summary>The labelled classification first; otherwise the first classification word of the letter's head.</summary>
    public static Classification Of(string? labelled, string head) =>
        (labelled is null ? null : First(labelled)) ?? First(head) ?? Classification.Public;

    private static Classification? First(string text) =>
        Word().Match(text) switch
        {
            { Success: false } => null,
            { } m when m.Groups["secret"].Success => Classification.Secret,
            { } m when m.Groups["confidential"].Success => Classification.Confidential,
            _ => Classification.Public,
        };
}
