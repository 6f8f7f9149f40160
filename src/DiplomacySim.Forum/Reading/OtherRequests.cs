using System.Text.RegularExpressions;
using DiplomacySim.Domain.Clauses;

namespace DiplomacySim.Forum.Reading;

/// <summary>
/// A request no kind holds ("we ask that your government extradite ...", "we request your support for
/// our candidate"): kept in the player's words for a GM to adjudicate, so that nothing asked is lost.
/// Only a sentence that plainly asks the recipient to do something is one; courtesy, thanks, hopes
/// for an answer and a covering "request the following" ask for nothing.
/// </summary>
internal static partial class OtherRequests
{
    [GeneratedRegex(@"\b(?:(?:we|i|\w+) (?:formally |respectfully |hereby |also |further |therefore |now )*(?:requests?|asks?|urges?|calls? (?:up)?on|seeks?|invites?) (?:that |the |your |you |for |(?:[\p{L}-]+ ){1,3}to\b)|(?:we|i) (?:would|should) (?:also |further |therefore )?(?:like|ask|request|appreciate|welcome) (?:you|your|the|that|it if)\b|(?:would|could|might) (?:you|your (?:government|ministry|side|office))\b|\b(?:grateful|obliged|thankful) if\b|\bappreciate it if\b|\bkindly (?:\w+)|\bplease (?:\w+)|is (?:hereby )?requested\b|requests? (?:the|your) (?:support|assistance|help|backing|cooperation|consent|approval|agreement|permission)\b)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Asks();

    // What asks for nothing a GM could grant: courtesy, thanks, an answer, a covering sentence.
    [GeneratedRegex(@"\b(?:thank\w*|grateful for your|reply|replies|response|respond|answer|hear(?:ing)? (?:back |from)|get back to|(?:kind|favou?rable|early|due) (?:consideration|attention)|let (?:me|us) know|acknowledge|assurances|regards|compliments|finds you|well-being|health|the following|as follows|below|listed|these requests|our requests|this letter|this note|this message|forward (?:this|it)|convey|pass (?:on|along) (?:our|my)|extend (?:our|my)|accept (?:the|our|my)|dm|ooc|ping|discuss (?:this|these|the matter)|look(?:s|ing)? forward|excuse|forgive|pardon)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Courtesy();

    /// <summary>True when a sentence that names no kind still plainly asks the recipient for something.</summary>
    public static bool Asks(string sentence) => ForTheGm().IsMatch(sentence) || (sentence.Length is >= 25 and <= 600 && Asks().IsMatch(sentence) && !Courtesy().IsMatch(sentence));

    // As an export writes one: "... makes a further request, for the game master to rule on: <summary>. <details>"
    [GeneratedRegex(@"\bfor the (?:game master|GM) to rule on:\s*(?<summary>[^\n]+?)\.(?:\s+|$)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ForTheGm();

    public static OtherRequestClause Read(Request request)
    {
        if (ForTheGm().Match(request.Text) is { Success: true } ruled)
            return new OtherRequestClause(ruled.Groups["summary"].Value.Trim(), request.Text[(ruled.Index + ruled.Length)..].Trim());
        var asking = request.AskingText.Trim();
        var summary = asking.Length <= 120 ? asking : asking[..asking.LastIndexOf(' ', 117)] + "...";
        return new OtherRequestClause(summary, request.Text.Trim());
    }
}
