using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.Members;
using DiplomacySim.Domain.Opinions;
using DiplomacySim.Domain.Visibility;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Changes;

/// <summary>
/// A change the Domain decided, which the game's log records as one event, in the order the Domain
/// made them, for <see cref="Audience"/>. The server turns each into a row and its payload; nothing else
/// writes events, so what a change shows and to whom is decided here once.
/// </summary>
public abstract record GameChange
{
    public abstract Audience Audience { get; }
}

/// <summary>A communique was delivered: a letter sent, or a consent request the server wrote on the parties' behalf.</summary>
public sealed record CommuniqueDelivered(Communique Communique) : GameChange
{
    public override Audience Audience => Audience.Of(Communique);
}

/// <summary>The addressed ministry answered clauses of <see cref="Answered"/>; <see cref="Reply"/> carries any counter-proposals.</summary>
public sealed record CommuniqueAnswered(Communique Answered, Communique Reply, IReadOnlyList<ClauseDecision> Decisions) : GameChange
{
    public override Audience Audience => Audience.Of(Answered);
}

public sealed record ClauseDecision(int ClauseIndex, Decision Decision);

/// <summary>An agreement was concluded, ratified, consented to, vetoed, refused or entered into force.</summary>
public sealed record AgreementChanged(Agreement Agreement) : GameChange
{
    public override Audience Audience => Audience.Of(Agreement);
}

/// <summary>
/// An opinion moved by a new modifier. Whoever may see the pair's score sees the change; only those who
/// may know <see cref="Cause"/> read why (decision 0007).
/// </summary>
public sealed record RelationChanged(OpinionModifier Modifier, int Score, RelationsVisibility Visibility, GameChange Cause) : GameChange
{
    public override Audience Audience => Audience.OfRelation(Visibility, Modifier.From, Modifier.To);
}

/// <summary>The in-game date moved on.</summary>
public sealed record ClockAdvanced(DateOnly From, DateOnly To, int Days) : GameChange
{
    public override Audience Audience => Audience.Public;
}

/// <summary>A pair's score moved as its fading modifiers lost value with the clock.</summary>
public sealed record OpinionDecayed(string From, string To, int Score, int Amount, RelationsVisibility Visibility, ClockAdvanced Clock) : GameChange
{
    public override Audience Audience => Audience.OfRelation(Visibility, From, To);
}

/// <summary>
/// A member joined, was raised, seated, unseated, left or was removed: their place afterwards (<see cref="Role"/>
/// null once gone, the ministries they hold), who made the change and why. Members and seats are public
/// within the game, as the world already shows who holds each ministry.
/// </summary>
public sealed record MemberChanged(string UserName, GameRole? Role, IReadOnlyList<Guid> Ministries, MemberChangeKind Kind, string By, string? Note) : GameChange
{
    public override Audience Audience => Audience.Public;
}

/// <summary>
/// A member claimed a nation's ministries. A claim is between the claimant and the GMs: the other
/// players learn of it only if it seats someone (then as <see cref="MemberChanged"/>).
/// </summary>
public sealed record ClaimSubmitted(Claim Claim, string Claimant) : GameChange
{
    public override Audience Audience => Audience.OnlyMember(Claim.ClaimantId);
}

/// <summary>A claim was approved (by a GM, or by the rules of an open nation in an open game) or denied, for the claimant and the GMs.</summary>
public sealed record ClaimDecided(Claim Claim, string Claimant, string? By) : GameChange
{
    public override Audience Audience => Audience.OnlyMember(Claim.ClaimantId);
}

/// <summary>A GM changed a nation while the game plays (for now only its claim status): public, as the world is.</summary>
public sealed record NationChanged(string Nation, ClaimStatus ClaimStatus, string By, string? Note) : GameChange
{
    public override Audience Audience => Audience.Public;
}

public enum MemberChangeKind
{
    Joined,
    RoleChanged,
    Seated,
    Unseated,
    Left,
    Removed,
}
