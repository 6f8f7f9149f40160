using System.Text.RegularExpressions;

namespace DiplomacySim.Forum.Reading;

/// <summary>Whether a sentence asks for something, offers something, or only tells.</summary>
internal enum Stance
{
    None,
    Request,
    Offer,
}

/// <summary>
/// How letters ask and offer. A request is known by its form ("would like", "hopes that", "kindly",
/// "it is proposed that", "can be in Hanoi at your earliest convenience", "continue to use", "the
/// Government of X requests"); an offer by a giving verb ("offers", "is prepared to invest"). What
/// the request is for is <see cref="Topics"/>' business: a form alone ("I hope this finds you well")
/// asks for nothing.
/// </summary>
internal static partial class Stances
{
    [GeneratedRegex(@"\b(?:offers?|offering|pledges?|(?:is|are|am|stands?|would(?: \w+)? be) (?:also )?(?:prepared|ready|willing|happy|glad|pleased) to (?:invest|provide|offer|supply|fund|finance|extend|contribute|deliver|grant|host|receive|welcome|put|commit|sell)|will (?:provide|invest|fund|finance|supply|contribute)|(?:we'd|we would|we will|we'll|we can|we could) (?:also |then )?(?:put|pour|inject|invest|provide|fund|finance|give)|commits? to (?:invest|fund|financ)|welcome the (?:opportunity|chance) to (?:invest|provide|fund|finance|contribute|supply|offer))\w*", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Offering();

    [GeneratedRegex(@"\b(?:requests?|requesting|requested that|asks?|asking|seeks?|seeking|would (?:also |further |moreover |equally |therefore |then |really |very much |much |greatly |now |still |thus |\w+ly )?(?:like|welcome|appreciate|benefit (?:\w+ )?from|be (?:most |very |deeply |much |greatly |particularly |equally |also |further |so )?(?:grateful|obliged|thankful|appreciative|appreciated)|wish|request|ask|propose|invite|be honou?red)|(?:it )?would be (?:our|a|my) (?:great )?(?:pleasure|honou?r) to|(?:can|could|may) (?:we|i) (?:get|have|use|ask|send|station|base|refuel)|(?:can|could|may) (?:they|these|those|she|he|it|our \w+) (?:\w+ ){0,2}?(?:refuel|top up|take on|use|dock|berth|call|land|stop|stay|visit|come|fly|cross|transit)|we'd (?:like|love|want)|would love|wish(?:es)? to|hop(?:e|es|ing)\b|look(?:s|ing)? forward to|(?:is|are|am|be|remains?) (?:also )?(?:prepared|ready|willing|eager|keen|interested) (?:to|in|on)|(?:the )?time has come (?:to|for)|\bwants? (?:a|an|some|to|the|your|our)\b|it is (?:high )?time (?:to|for|that)|let(?:'s| us) (?!me\b)|shall we|kindly|please|pls|plz|lmk|let (?:me|us) know (?:if|whether)|(?:we're|we are|we) (?:also )?looking at|needs? (?:a|an|to|some)|would (?:also |further )?be (?:delighted|glad|happy|pleased|keen) to|(?:it is|we) propose[sd]?|propos(?:e|es|ed|al|ing)|suggests?|invit(?:e|es|ation)|at your (?:earliest )?convenience|continue to (?:use|enjoy|rely|have)|(?:convey|express)\w* the (?:wish|hope|desire|request)|has the honou?r to (?:request|propose|ask|seek|suggest|invite|convey)|be (?:exempted|permitted|allowed|granted|received|welcomed|hosted|accepted|considered|approved|authori[sz]ed)|permission|grant(?:ing)?|permit|allow|authori[sz]e|that the two (?:governments|sides|parties)|calls? (?:up)?on|urges?|would it be possible|could (?:you|your)|will take place|(?:desire|intend)s? to|looking to|aims? to|want(?:s)? to|(?:we|i) (?:really |also |still )?(?:want|need)\b|(?:be|is|are) (?:also )?open to|should like|we need|(?:could|would|might|may|can|will) (?:visit|travel|come|be in|arrive|call on|refuel|use))\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Asking();

    // What was, not what is asked: "as was agreed", "thanks ... for", "we remember". A sentence
    // that only looks back is history even when it names a base or a visit.
    [GeneratedRegex(@"^(?:(?!\b(?:would|hope|request|ask|propose|wish|like|invite|please|kindly|can|could|will)\b).)*\b(?:thank(?:s|ed)?|remember(?:s|ed)?|recall(?:s|ed)?|was|were|had|has been|have been|last year|in the past)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LooksBack();

    [GeneratedRegex(@"^\s*(?:(?:first|second|third|fourth|fifth|sixth|finally|lastly|also|further|furthermore|moreover|in addition|additionally)(?:ly)?,?\s+)?(?:that|to)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ItemForm();

    /// <summary>The stance of a sentence; an item of a list ("1. That ...", "• Access to ...") asks as its list does.</summary>
    // A question put to the recipient asks for what it names: "Could Egypt look after ...?", "Would Bangkok host ...?"
    [GeneratedRegex(@"^\W*(?:(?:and|also|so|then|in addition|additionally|further|furthermore|finally|lastly|secondly|thirdly|moreover|separately|besides),? )?(?:could|would|can|will|might|may|is it possible|any chance|how about|what about)\b[^?]{0,600}\?\s*$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Question();

    public static Stance Of(string sentence, bool startsItem)
    {
        if (Offering().IsMatch(sentence))
            return Stance.Offer;
        if (Asking().IsMatch(sentence) || Question().IsMatch(sentence))
            return Stance.Request;
        if (startsItem && !LooksBack().IsMatch(sentence))
            return Stance.Request;
        return ItemForm().IsMatch(sentence) ? Stance.Request : Stance.None;
    }

    [GeneratedRegex(@"^(?:and|also|plus|as well as|and maybe|and perhaps|maybe also)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GoingOn();

    /// <summary>True when the sentence begins by going on from the one before ("and maybe ...", "also ...").</summary>
    public static bool GoesOn(string sentence) => GoingOn().IsMatch(sentence);

    /// <summary>True when the sentence only tells what was.</summary>
    public static bool IsHistory(string sentence) => LooksBack().IsMatch(sentence);

    // The clause a topic is named in (between commas) tells of the past: "that your visit to Moscow last year was pleasant".
    [GeneratedRegex(@"\b(?:last (?:year|month|week|spring|summer|autumn|winter|january|february|march|april|may|june|july|august|september|october|november|december)|\d+ years ago|ago|was|were|had been|used to)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Past();

    [GeneratedRegex(@"\b(?:would|will|shall|can|could|may|might|should|to (?:be|visit|come|travel|sign|open|conclude|host|use|receive|meet|discuss))\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Ahead();

    /// <summary>True when the clause of <paramref name="sentence"/> around <paramref name="at"/> tells of the past and asks nothing ahead.</summary>
    public static bool TellsOfThePast(string sentence, int at)
    {
        var start = sentence.LastIndexOfAny([',', ';', '('], Math.Min(at, sentence.Length - 1)) + 1;
        var end = sentence.IndexOfAny([',', ';', ')'], at);
        var clause = sentence[start..(end < 0 ? sentence.Length : end)];
        return Past().IsMatch(clause) && !Ahead().IsMatch(clause);
    }
}
