using DiplomacySim.Domain.Changes;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.Opinions;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.Rulesets;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Agreements;

/// <summary>
/// An agreement's life after a clause is accepted: concluded, held room, a consenting party asked,
/// ratified or vetoed, in force with its opinion effects and the rivals' reactions. Each step changes
/// the world it is given and logs what happened in the outcome.
/// </summary>
public static class Treaty
{
    /// <summary>The clause was accepted: the agreement is concluded, and enters into force unless it awaits something.</summary>
    public static Agreement Conclude(TrackedWorld world, Outcome outcome, Communique communique, CommuniqueClause clause, string actedBy, DateTimeOffset now)
    {
        var game = world.Game;
        var agreement = new Agreement(Guid.CreateVersion7(), game.Id, clause.Terms, clause.Parties,
            communique.Classification, clause.Id, game.InGameDate, world.Ruleset.NeedsRatification(clause.Kind) || clause.Terms.AlwaysAdjudicated);

        clause.Terms.Concluded(world, agreement);
        outcome.Add(agreement);
        world.AddAgreement(agreement);
        clause.Accept(agreement.Id);

        foreach (var host in agreement.AwaitingConsentOf)
            AskConsent(world, outcome, communique, agreement, host, actedBy, now);

        Advanced(world, outcome, agreement, agreement.TryEnterIntoForce(game.InGameDate));
        return agreement;
    }

    /// <summary>A GM ratifies a pending agreement with a written ruling.</summary>
    public static void Ratify(TrackedWorld world, Outcome outcome, Agreement agreement, string ruling, string ruledBy) =>
        Advanced(world, outcome, agreement, agreement.Ratify(ruling, ruledBy, world.Today));

    /// <summary>A GM vetoes a pending agreement: it never enters into force.</summary>
    public static void Veto(TrackedWorld world, Outcome outcome, Agreement agreement, string ruling, string ruledBy)
    {
        agreement.Veto(ruling, ruledBy, world.Today);
        Failed(world, outcome, agreement);
    }

    /// <summary><paramref name="nation"/>, a party asked for its consent (a mandate's host state), answered.</summary>
    public static void ConsentAnswered(TrackedWorld world, Outcome outcome, Agreement agreement, string nation, bool consents)
    {
        if (consents)
            Advanced(world, outcome, agreement, agreement.RecordConsent(nation, given: true, world.Today));
        else
        {
            agreement.RecordConsent(nation, given: false, world.Today);
            Failed(world, outcome, agreement);
        }
    }

    private static void Advanced(TrackedWorld world, Outcome outcome, Agreement agreement, bool enteredIntoForce)
    {
        if (!enteredIntoForce)
        {
            outcome.Log(new AgreementChanged(agreement));
            return;
        }
        var reactions = agreement.Terms.EnteredIntoForce(world, agreement).ToList();
        foreach (var mission in world.TakeNewMissions())
            outcome.Add(mission);
        var inForce = outcome.Log(new AgreementChanged(agreement));
        var changes = RelationEffects.Of(world.Ruleset, EffectTrigger.AgreementInForce, agreement.Requester, agreement.Grantor, agreement.Kind).Concat(reactions);
        OpinionShifts.Apply(world, outcome, changes, inForce);
    }

    // It never enters into force, and the room it held is released.
    private static void Failed(TrackedWorld world, Outcome outcome, Agreement agreement)
    {
        agreement.Terms.Failed(world, agreement);
        outcome.Log(new AgreementChanged(agreement));
    }

    // The consenting party's foreign ministry is asked, by a communique sent on the parties' behalf from
    // the protector's ministry. A GM answers for a host that no player holds. Only a mandate asks a
    // third state's consent today, so the letter is a mandate's.
    private static void AskConsent(TrackedWorld world, Outcome outcome, Communique source, Agreement agreement, string host, string actedBy, DateTimeOffset now)
    {
        var game = world.Game;
        var hostMinistry = world.Ministries.Values
            .Where(m => m.Nation == host)
            .OrderBy(m => m.Kind == MinistryKind.ForeignAffairs ? 0 : 1)
            .ThenBy(m => m.Kind)
            .First();
        var protector = world.NameOf(agreement.Grantor);
        var protectedState = world.NameOf(((ProtectingPowerClause)agreement.Terms).ProtectedState);
        var consent = new Communique(Guid.CreateVersion7(), game.Id, source.ToMinistry, hostMinistry.Id, agreement.Grantor, hostMinistry.Nation,
            $"Request for consent: {protector} as protecting power",
            source.Classification,
            $"{Naming.NationNames.AtStart(protector)} has agreed to act as protecting power for the interests of {protectedState} in your country, "
                + "and asks for your consent (Vienna Convention on Diplomatic Relations, Article 45). Accept clause 1 to consent, or reject it to refuse.",
            inReplyTo: null, now, game.InGameDate, actedBy);
        consent.AddClause(Guid.CreateVersion7(), agreement.Terms, new ClauseParties(agreement.Parties.Where(p => p.IsBound)), consentForAgreement: agreement.Id);
        outcome.Add(consent);
        outcome.Log(new CommuniqueDelivered(consent));
    }
}
