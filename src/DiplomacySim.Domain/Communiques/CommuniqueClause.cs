using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Rules;

namespace DiplomacySim.Domain.Communiques;

/// <summary>A clause as sent in one communique, and where it stands.</summary>
public sealed class CommuniqueClause
{
    public CommuniqueClause(Guid id, Guid communiqueId, int index, Clause terms, ClauseParties parties, Guid? answers, Guid? consentForAgreement)
    {
        Id = id;
        CommuniqueId = communiqueId;
        Index = index;
        Terms = terms;
        Kind = terms.Kind;
        Parties = parties;
        Answers = answers;
        ConsentForAgreement = consentForAgreement;
    }

    public Guid Id { get; private set; }
    public Guid CommuniqueId { get; private set; }

    /// <summary>The clause's position in its communique, from 0, as the API's <c>clauseIndex</c>.</summary>
    public int Index { get; private set; }

    public ClauseKind Kind { get; private set; }
    public Clause Terms { get; private set; }

    /// <summary>Its parties: a counter-proposal keeps those of the clause it answers.</summary>
    public ClauseParties Parties { get; private set; }

    public string Requester => Parties.Requester;
    public string Grantor => Parties.Grantor;

    public ClauseStatus Status { get; private set; }

    /// <summary>For a counter-proposal, the clause it answers.</summary>
    public Guid? Answers { get; private set; }

    /// <summary>The agreement its acceptance created.</summary>
    public Guid? AgreementId { get; private set; }

    /// <summary>For a host state's consent request, the mandate it asks consent for.</summary>
    public Guid? ConsentForAgreement { get; private set; }

    public void Accept(Guid? agreementId)
    {
        EnsurePending();
        Status = ClauseStatus.Accepted;
        AgreementId = agreementId;
    }

    public void Reject()
    {
        EnsurePending();
        Status = ClauseStatus.Rejected;
    }

    public void Counter()
    {
        EnsurePending();
        Status = ClauseStatus.Countered;
    }

    private void EnsurePending()
    {
        if (Status != ClauseStatus.Pending)
            throw new InvalidOperationException($"Clause {Index + 1} was already answered ({Status}).");
    }
}

public enum ClauseStatus
{
    Pending,
    Accepted,
    Rejected,
    Countered,
}
