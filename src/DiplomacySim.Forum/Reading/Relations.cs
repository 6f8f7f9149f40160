using System.Text.RegularExpressions;
using DiplomacySim.Domain.Clauses;

namespace DiplomacySim.Forum.Reading;

/// <summary>
/// Diplomatic relations as letters ask for them: to establish (or restore, normalise) relations, to
/// open an embassy, or the agrément for an ambassador; where the embassy stands and who the envoy is.
/// An embassy named as a place ("the Swiss Embassy in Cairo could keep ...") asks for none.
/// </summary>
internal static partial class Relations
{
    [GeneratedRegex(@"\b(?:establish\w*|restor\w*|resum\w*|normali[sz]\w*|re-?establish\w*|open\w*|forg\w*|begin|start|set(?:ting)? up)\b (?:\w+ ){0,3}?(?:diplomatic|formal|full|official) (?:and \w+ )?(?:relations|ties)\b|\b(?:open\w*|establish\w*|set\w* up|reopen\w*|upgrad\w*|inaugurat\w*)\b (?:\w+ ){0,4}?(?:embass(?:y|ies)|consulates?(?: general)?|legations?|diplomatic missions?|liaison offices?)\b|\baccredit\w*|\bagr[ée]ment\b|\bcredentials\b|\bambassador[- ]designate\b|\bexchange (?:of )?ambassadors\b|\bappoint\w* (?:\w+ ){0,4}as (?:our |its |the )?(?:first )?ambassador\b|\bnew ambassador\b|\benvoy extraordinary\b|\b(?:send|receive|accept)\w* (?:an? |our |your )?(?:ambassadors?|envoys?)\b|\bembass(?:y|ies) exchange\b|\b(?:exchang\w*|swap\w*|request\w*|want|like|need|propos\w*) (?:\w+ ){0,3}?(?:embass(?:y|ies)|consulates?)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Topic();

    [GeneratedRegex(@"\b(?:establish\w*|restor\w*|resum\w*|normali[sz]\w*|re-?establish\w*|forg\w*|begin|start|set(?:ting)? up)\b (?:\w+ ){0,3}?(?:relations|ties)\b|\bexchange (?:of )?ambassadors\b|\b(?:exchang\w*|swap\w*) (?:\w+ ){0,2}?embass(?:y|ies)\b|\bembass(?:y|ies) exchange\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Establish();

    [GeneratedRegex(@"\b(?:embass(?:y|ies)|consulates?|legations?|missions?|liaison offices?)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Embassy();

    [GeneratedRegex(@"\baccredit\w*|\bagr[ée]ment\b|\bcredentials\b|\bambassador\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Ambassador();

    // "Ambassador-designate Anna Petrova", "Mr Viktor Sokolov as our ambassador", "our new ambassador, Ms Lena Holm".
    [GeneratedRegex(@"\b(?i:ambassador(?:[- ]designate)?,?|envoy(?: extraordinary and plenipotentiary)?,?) (?:(?:Mr|Mrs|Ms|Dr|H\.E\.|Madam)\.? )?(?<name>[A-Z][\p{L}-]+(?: (?:(?:van|von|der|de|da|del|al|bin|du|la|le) )*[A-Z][\p{L}-]+){1,2})|(?:(?:Mr|Mrs|Ms|Dr)\.? )?(?<name>[A-Z][\p{L}-]+(?: [A-Z]\.)?(?: [A-Z][\p{L}-]+){1,2}),? (?:as|to be|to serve as) (?:our |its |the )?(?i:first |new )?(?i:ambassador|envoy)|\b(?i:agr[ée]ment)\b[^.;]{0,80}?\bfor (?:(?:Mr|Mrs|Ms|Dr|H\.E\.|(?i:ambassador(?:[- ]designate)?))\.? )?(?<name>[A-Z][\p{L}-]+(?: [A-Z]\.)?(?: [A-Z][\p{L}-]+){0,2})", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Envoy();

    // "the agrément ... for Mr. Hensley", after "intends to nominate Mr. Robert A. Hensley": the name as the letter gives it in full.
    // Only the 2,000 characters before the request are searched: a post of many such requests stays linear.
    private static string FullName(string name, string letter, int before)
    {
        if (name.Contains(' ', StringComparison.Ordinal))
            return name;
        var from = Math.Max(0, before - 2_000);
        var full = Regex.Match(letter[from..Math.Min(letter.Length, before + 200)], @"\b(?:[A-Z][\p{L}-]+ (?:[A-Z]\. )?){1,2}" + Regex.Escape(name) + @"\b", RegexOptions.None, TimeSpan.FromSeconds(1));
        return full.Success && !full.Value.StartsWith("Mr", StringComparison.Ordinal) ? full.Value : name;
    }

    [GeneratedRegex(@"\b(?:embass(?:y|ies)|consulates?(?:[- ]general)?|legations?|missions?|liaison offices?) (?:\w+ ){0,2}?in (?<city>[A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+){0,3})|\bin (?<city>[A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+)?)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex City();

    public static Match Find(string sentence) => Topic().Match(sentence);

    /// <summary>The step of relations a text asks for: establishing them, an embassy, or an ambassador's agrément.</summary>
    public static DiplomaticAction ActionOf(string text) =>
        Establish().IsMatch(text) ? DiplomaticAction.EstablishRelations
        : Embassy().IsMatch(text) && !Regex.IsMatch(text, @"\b(?:accredit\w*|agr[ée]ment|credentials)", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)) ? DiplomaticAction.OpenEmbassy
        : Ambassador().IsMatch(text) ? DiplomaticAction.AccreditAmbassador
        : DiplomaticAction.OpenEmbassy;

    public static DiplomaticRelationsClause Read(Request request, TermsContext context)
    {
        var text = request.Text;
        var action = ActionOf(text);
        string? city = null;
        if (action != DiplomaticAction.AccreditAmbassador)
        {
            foreach (Match match in City().Matches(text))
            {
                var name = match.Groups["city"].Value;
                // A nation is where, not a city: "an embassy in Viet Nam" names none.
                if (context.World.NationsIn(new Text.Folded(name), 0, name.Length).Count == 0 && !Dates.IsMonth(name) && (Gazetteer.IsCity(name) || match.Value.Contains(' ', StringComparison.Ordinal) && Embassy().IsMatch(match.Value)))
                {
                    city = name;
                    break;
                }
            }
        }
        var envoy = Envoy().Match(text) is { Success: true } named && context.World.NationsIn(new Text.Folded(named.Groups["name"].Value), 0, named.Groups["name"].Value.Length).Count == 0 ? FullName(named.Groups["name"].Value, context.Text, request.Parts[0].Start) : null;
        return new DiplomaticRelationsClause(action, city, envoy);
    }
}
