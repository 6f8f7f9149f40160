using System.Text.Json.Serialization;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Server.Features.Communiques;

/// <summary>
/// A communique as a player submits it (check and send). Every field is optional here so that a
/// missing one becomes a clear validation error per field rather than an unreadable body.
/// </summary>
public sealed record CommuniqueInput(
    Guid? FromMinistry,
    Guid? ToMinistry,
    string? Subject,
    Classification? Classification,
    string? Body,
    IReadOnlyList<ClauseInput>? Clauses,
    Guid? InReplyTo);

/// <summary>
/// A clause as submitted: its <c>kind</c> and the terms of that kind, read from one flat object
/// (<c>{ "kind": "basingRights", "installations": [...], ... }</c>) by <see cref="ClauseInputJsonConverter"/>.
/// <see cref="Terms"/> is null when the kind is missing or unknown, which the validator then names.
/// </summary>
[JsonConverter(typeof(ClauseInputJsonConverter))]
public sealed record ClauseInput(string? Kind, ClauseTerms? Terms)
{
    /// <summary>The typed clause; call only after the validator passed.</summary>
    public Clause ToClause() => Terms?.ToClause() ?? throw new InvalidOperationException($"No terms for kind {Kind}.");
}
