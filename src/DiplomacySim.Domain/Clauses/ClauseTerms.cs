namespace DiplomacySim.Domain.Clauses;

/// <summary>
/// A clause's terms as a player submits them, before anything is checked: every term is optional, so
/// that a missing one is a validation error naming it (<c>clauses[0].peacetimePersonnelCap</c>)
/// rather than an unreadable body. Each kind's terms sit in its folder beside its validator and its
/// clause; <see cref="ClauseKinds"/> lists them.
/// </summary>
public abstract record ClauseTerms
{
    /// <summary>The typed clause; call only after the kind's validator passed.</summary>
    public abstract Clause ToClause();
}
