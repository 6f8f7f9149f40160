using System.Text.RegularExpressions;
using DiplomacySim.Domain.Clauses;

namespace DiplomacySim.Forum.Reading;

/// <summary>
/// A protecting power's terms: whose interests (the nation written with "'s" or after "interests
/// of", else the requester), in which third state (a nation named after "interests", by name,
/// adjective or capital), and whether diplomatic, consular or both. The host may be the recipient:
/// a protector writing to the host state for its consent ("assume the representation of the
/// interests of Egypt in Türkiye").
/// </summary>
internal static partial class Mandates
{
    // "Russia's diplomatic interests", "American diplomatic interests", "Chile's diplomatic and consular interests".
    [GeneratedRegex(@"^(?:['’]s)?\s+(?:(?:diplomatic|consular|political|economic|and|,)\s*)*interests\b|^['’]s\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\b(?:interests|affairs|nationals|citizens)\b|\brepresentation\b|\bprotecting power\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Interests();

    [GeneratedRegex(@"\b(?:interests|protecting power) (?:of|for) (?:the )?$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InterestsOf();

    [GeneratedRegex(@"\bthere\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThereWord();

    // "... no longer has a mission in Myrrhia. Could Egypt look after German interests there?": "there"
    // is the third state the sentence before names (searched in a bounded window before the request).
    private static Domain.World.Nation? There(Request request, TermsContext context, Domain.World.Nation? protectedState)
    {
        if (!ThereWord().IsMatch(request.AskingText))
            return null;
        var from = Math.Max(0, request.Asking.Start - 400);
        return context.World.NationsIn(context.Folded, from, request.Asking.Start, otherNames: true).Select(n => n.Nation)
            .LastOrDefault(n => n != protectedState && n != context.Requester && n != context.Grantor);
    }

    public static ProtectingPowerClause? Read(Request request, TermsContext context)
    {
        var text = context.Text;
        var found = request.Parts.SelectMany(p => context.World.NationsIn(context.Folded, p.Start, p.End, otherNames: true)).ToList();
        var possessive = found.FirstOrDefault(n => n.At + n.Length < text.Length && Possessive().IsMatch(text.AsSpan(n.At + n.Length, Math.Min(40, text.Length - n.At - n.Length)).ToString()));
        var of = found.FirstOrDefault(n => InterestsOf().IsMatch(text.AsSpan(Math.Max(0, n.At - 20), Math.Min(20, n.At)).ToString()));
        var protectedState = possessive.Nation ?? of.Nation ?? context.Requester;
        var interests = request.Parts.Select(p => Interests().Match(text, p.Start, p.End - p.Start)).FirstOrDefault(m => m.Success);
        var candidates = found.Where(n => interests is not null && n.At > interests.Index && n.Nation != protectedState && n.Nation != context.Requester).Select(n => n.Nation).ToList();
        var host = candidates.FirstOrDefault(n => n != context.Grantor) ?? candidates.FirstOrDefault() ?? There(request, context, protectedState);
        if (protectedState is null || host is null)
        {
            context.Unresolved.Add(new(request.AskingText, host is null ? "no host state found: say in which country the interests are to be protected" : "no protected state found"));
            return null;
        }
        var lower = request.Text.ToLowerInvariant();
        var scope = (lower.Contains("diplomatic", StringComparison.Ordinal), lower.Contains("consular", StringComparison.Ordinal)) switch
        {
            (true, false) => ProtectionScope.Diplomatic,
            (false, true) => ProtectionScope.Consular,
            _ => ProtectionScope.Both,
        };
        return new ProtectingPowerClause(protectedState.Code, host.Code, scope);
    }
}
