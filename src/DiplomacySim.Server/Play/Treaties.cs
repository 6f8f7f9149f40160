using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.Opinions;
using DiplomacySim.Domain.Rulesets;
using DiplomacySim.Domain.Visibility;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;

namespace DiplomacySim.Server.Play;

/// <summary>
/// Turns accepted clauses into agreements and carries agreements through ratification, consent and
/// entry into force: the world changes, opinion effects and the events that say so.
/// </summary>
public sealed class Treaties(GameDbContext db, EventLog events, OpinionLedger opinions, TimeProvider clock)
{
    /// <summary>The clause was accepted: the agreement is concluded, and enters into force unless it awaits something.</summary>
    public Agreement Conclude(WorldView world, Communique communique, CommuniqueClause clause, Viewer actor)
    {
        var game = world.Game;
        var agreement = new Agreement(Guid.CreateVersion7(), game.Id, clause.Terms, clause.Requester, clause.Grantor,
            communique.Classification, clause.Id, game.InGameDate, world.Ruleset.NeedsRatification(clause.Kind));

        if (clause.Terms is BasingRightsClause basing)
        {
            // Room is held from acceptance, so two acceptances can never promise the same places.
            var installations = basing.Installations.Select(id => world.Installations[id]).ToList();
            agreement.Allocate(BasingPlan.Spread(basing.EmergencyPersonnelCap, installations));
            foreach (var allocation in agreement.Allocations)
                world.Installations[allocation.Installation].Reserve(allocation.Personnel);
        }

        db.Agreements.Add(agreement);
        world.AddAgreement(agreement);
        clause.Accept(agreement.Id);

        if (agreement.HostConsent == HostConsent.Pending)
            AskHostConsent(world, communique, agreement, actor);

        if (agreement.TryEnterIntoForce(game.InGameDate))
            ApplyEntryIntoForce(world, agreement);
        else
            Changed(game, agreement);
        return agreement;
    }

    /// <summary>A GM ratified, or the host consented: the agreement may now be in force.</summary>
    public void Advanced(WorldView world, Agreement agreement, bool enteredIntoForce)
    {
        if (enteredIntoForce)
            ApplyEntryIntoForce(world, agreement);
        else
            Changed(world.Game, agreement);
    }

    /// <summary>Vetoed, or refused by the host: the agreement never enters into force and its held room is released.</summary>
    public void Failed(WorldView world, Agreement agreement)
    {
        foreach (var allocation in agreement.Allocations)
        {
            if (world.Installations.TryGetValue(allocation.Installation, out var installation))
                installation.ReleaseReservation(allocation.Personnel);
        }
        Changed(world.Game, agreement);
    }

    private void ApplyEntryIntoForce(WorldView world, Agreement agreement)
    {
        foreach (var allocation in agreement.Allocations)
            world.Installations[allocation.Installation].StationReserved(allocation.Personnel);

        var seq = Changed(world.Game, agreement);
        var changes = RelationEffects.Of(world.Ruleset, EffectTrigger.AgreementInForce, agreement.Requester, agreement.Grantor, agreement.Kind).ToList();
        if (agreement.Kind == ClauseKind.BasingRights && world.Nations.TryGetValue(agreement.Grantor, out var host))
            changes.AddRange(RelationEffects.RivalReactions(world.Ruleset, world.Nations, agreement.Requester, agreement.Grantor, host.Region));
        opinions.Apply(world, changes, seq, Audience.Of(agreement));
    }

    // The host state's foreign ministry is asked, by a communique sent on the parties' behalf from the
    // protector's ministry. A GM answers for a host that no player holds.
    private void AskHostConsent(WorldView world, Communique source, Agreement agreement, Viewer actor)
    {
        var game = world.Game;
        var hostMinistry = world.Ministries.Values
            .Where(m => m.Nation == agreement.HostState)
            .OrderBy(m => m.Kind == MinistryKind.ForeignAffairs ? 0 : 1)
            .ThenBy(m => m.Kind)
            .First();
        var protector = world.Nations[agreement.Grantor];
        var consent = new Communique(Guid.CreateVersion7(), game.Id, source.ToMinistry, hostMinistry.Id, agreement.Grantor, hostMinistry.Nation,
            $"Request for consent: {protector.Name} as protecting power",
            source.Classification,
            $"{protector.Name} has agreed to act as protecting power for the interests of {world.Nations[((ProtectingPowerClause)agreement.Terms).ProtectedState].Name} in your country, "
                + "and asks for your consent (Vienna Convention on Diplomatic Relations, Article 45). Accept clause 1 to consent, or reject it to refuse.",
            inReplyTo: null, clock.GetUtcNow(), game.InGameDate, actor.UserId);
        consent.AddClause(Guid.CreateVersion7(), agreement.Terms, new(agreement.Requester, agreement.Grantor), consentForAgreement: agreement.Id);
        db.Communiques.Add(consent);
        var seq = events.Append(game, EventLog.CommuniqueDelivered, CommuniqueDeliveredPayload.Of(consent), Audience.Of(consent));
        consent.Delivered(seq);
    }

    private long Changed(Game game, Agreement agreement) =>
        events.Append(game, EventLog.AgreementChanged, AgreementChangedPayload.Of(agreement), Audience.Of(agreement));

}

public sealed record AgreementChangedPayload(Guid Id, ClauseKind Kind, string Requester, string Grantor, AgreementStatus Status, IReadOnlyList<string> Awaiting, string? Ruling)
{
    public static AgreementChangedPayload Of(Agreement a) => new(a.Id, a.Kind, a.Requester, a.Grantor, a.Status, a.Awaiting, a.Ruling);
}

public sealed record CommuniqueDeliveredPayload(Guid Id, Guid FromMinistry, Guid ToMinistry, string FromNation, string ToNation, string Subject, Classification Classification, Guid? InReplyTo, int Clauses)
{
    public static CommuniqueDeliveredPayload Of(Communique c) =>
        new(c.Id, c.FromMinistry, c.ToMinistry, c.FromNation, c.ToNation, c.Subject, c.Classification, c.InReplyTo, c.Clauses.Count);
}
