using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.Visibility;

namespace DiplomacySim.Domain.Communiques;

/// <summary>
/// A letter from one ministry to another, as written, with the typed clauses it carries. Sent
/// communiques are never edited; answers arrive as replies and as clause statuses.
/// </summary>
public sealed class Communique
{
    public Communique(
        Guid id,
        Guid gameId,
        Guid fromMinistry,
        Guid toMinistry,
        string fromNation,
        string toNation,
        string subject,
        Classification classification,
        string body,
        Guid? inReplyTo,
        DateTimeOffset sentAt,
        DateOnly inGameDate,
        string sentBy)
    {
        Id = id;
        GameId = gameId;
        FromMinistry = fromMinistry;
        ToMinistry = toMinistry;
        FromNation = fromNation;
        ToNation = toNation;
        Subject = subject;
        Classification = classification;
        Body = body;
        InReplyTo = inReplyTo;
        SentAt = sentAt;
        InGameDate = inGameDate;
        SentBy = sentBy;
    }

    public Guid Id { get; private set; }
    public Guid GameId { get; private set; }
    public Guid FromMinistry { get; private set; }
    public Guid ToMinistry { get; private set; }
    public string FromNation { get; private set; }
    public string ToNation { get; private set; }
    public string Subject { get; private set; }
    public Classification Classification { get; private set; }

    /// <summary>The letter as the player wrote it (may carry BBCode).</summary>
    public string Body { get; private set; }

    public Guid? InReplyTo { get; private set; }
    public DateTimeOffset SentAt { get; private set; }
    public DateOnly InGameDate { get; private set; }

    /// <summary>The seq of the <c>communique.delivered</c> event.</summary>
    public long Seq { get; private set; }

    /// <summary>The user who sent it (a player, or a GM acting for a ministry no one holds).</summary>
    public string SentBy { get; private set; }

    public List<CommuniqueClause> Clauses { get; private set; } = [];

    /// <summary>Public communiques reach everyone; the others only the two nations and the GMs (<see cref="Audience.Of(Communique)"/>).</summary>
    public bool IsVisibleTo(Viewer viewer) => viewer.MaySee(Audience.Of(this));

    public CommuniqueClause AddClause(Guid id, Clause terms, ClauseParties parties, Guid? answers = null, Guid? consentForAgreement = null)
    {
        var clause = new CommuniqueClause(id, Id, Clauses.Count, terms, parties, answers, consentForAgreement);
        Clauses.Add(clause);
        return clause;
    }

    public void Delivered(long seq) => Seq = seq;
}
