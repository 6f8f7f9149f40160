using DiplomacySim.Domain.Clauses;

namespace DiplomacySim.Forum.Reading;

/// <summary>
/// One request as the letter builds it: opened by the sentence that asks, fed by those that refer
/// back to it. What its sentences name is kept as they come, so that deciding whether a new sentence
/// adds to it costs the same however long the letter is.
/// </summary>
internal sealed class OpenRequest
{
    private readonly TermsContext context;

    public OpenRequest(ClauseKind kind, Stance stance, Sentence opening, TermsContext context)
    {
        Kind = kind;
        Stance = stance;
        this.context = context;
        Add(opening);
    }

    public ClauseKind Kind { get; }
    public Stance Stance { get; }
    public List<Sentence> Parts { get; } = [];
    public HashSet<Guid> Places { get; } = [];
    public HashSet<string> Nations { get; } = new(StringComparer.Ordinal);
    public bool HasMoney { get; private set; }

    public void Add(Sentence part)
    {
        if (Parts.Count > 0 && Parts[^1] == part)
            return;
        Parts.Add(part);
        Places.UnionWith(context.World.InstallationsIn(context.Folded, part.Start, part.End).Select(i => i.Installation.Id));
        Nations.UnionWith(context.World.NationsIn(context.Folded, part.Start, part.End).Select(n => n.Nation.Code));
        HasMoney |= Money.In(part.Of(context.Text));
    }
}

/// <summary>
/// Reads a letter in order, as a person does, keeping the requests it has opened. A sentence that asks
/// opens a request for each thing it names, or adds to the one it refers back to; a sentence that
/// only says more ("that number can be bolstered to 25,000") adds its terms to the request it speaks
/// of, by reference ("these bases", "the delegation") or by topic (personnel, capabilities, dates).
/// Distance plays no part. One pass over the sentences, each looked at once.
/// </summary>
internal sealed class Discourse(string text, TermsContext context)
{
    private readonly List<OpenRequest> threads = [];

    public List<OpenRequest> Read(List<Sentence> sentences)
    {
        var previous = Stance.None;
        Sentence? heading = null;
        OpenRequest? item = null;
        OpenRequest? lead = null;
        foreach (var part in sentences)
        {
            var before = threads.Count;
            var sentence = part.Of(text);
            // "cut their tariffs on:" then "1. beef", "2. soybeans", "by 8%, in US dollars": a request that ends in a
            // colon takes the items below it that name no kind of their own, and the line that goes on in lower case.
            if (lead is not null && (part.StartsItem || char.IsLower(sentence[0])) && Topics.In(sentence, part, context.World, context.Folded).Count == 0)
            {
                lead.Add(part);
                continue;
            }
            lead = null;
            var stance = Stances.Of(sentence, part.StartsItem);
            // "• Article 1. The Parties conclude ...": an item's heading asks for what the rest of the item says.
            if (stance == Stance.None && heading is not null && !part.StartsItem && text.IndexOf('\n', heading.End, part.Start - heading.End) < 0)
                stance = Stance.Request;
            // "... for 300 marines? and maybe a trade deal too": a sentence that begins by going on asks as the one before.
            if (stance == Stance.None && (part.Continues || (previous != Stance.None && Stances.GoesOn(sentence))))
                stance = previous;
            var topics = Topics.In(sentence, part, context.World, context.Folded);
            heading = part.StartsItem && topics.Count == 0 ? part : part.StartsItem || topics.Count > 0 ? null : heading;
            if (stance != Stance.None && topics.Count > 0)
                Ask(part, sentence, stance, topics);
            else if (!Stances.IsHistory(sentence))
            {
                var target = References.Target(sentence, part, topics, threads, context);
                // A plain ask that names no kind and adds to nothing open: an other request, for the GM.
                if (target is null && stance == Stance.Request && topics.Count == 0 && OtherRequests.Asks(sentence))
                    threads.Add(new OpenRequest(ClauseKind.OtherRequest, stance, part, context));
                else
                    (target ?? (topics.Count == 0 && item is not null && SameLine(item.Parts[0], part) ? item : null))?.Add(part);
            }
            if (threads.Count > before && sentence.TrimEnd().EndsWith(':'))
                lead = threads[^1];
            // The request an item opened takes the rest of its line: "... to rule on: A joint stamp issue. Marking seventy years."
            item = part.StartsItem ? (threads.Count > before && threads[^1].Parts[0] == part ? threads[^1] : null) : item is not null && SameLine(item.Parts[0], part) ? item : null;
            previous = stance;
        }
        return threads;
    }

    private bool SameLine(Sentence first, Sentence later) => text.IndexOf('\n', first.End, later.Start - first.End) < 0;

    private void Ask(Sentence part, string sentence, Stance stance, List<(ClauseKind Kind, int At)> topics)
    {
        foreach (var kind in topics.Where(t => !Stances.TellsOfThePast(sentence, t.At)).Select(t => t.Kind).Distinct())
        {
            var open = threads.LastOrDefault(t => t.Kind == kind);
            if (open is not null && References.AddsTo(open, sentence, part, context))
                open.Add(part);
            else
                threads.Add(new OpenRequest(kind, stance, part, context));
        }
    }
}
