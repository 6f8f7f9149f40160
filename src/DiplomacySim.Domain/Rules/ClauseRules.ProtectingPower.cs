using DiplomacySim.Domain.Clauses;

namespace DiplomacySim.Domain.Rules;

/// <summary>
/// Protecting power after the Vienna Convention on Diplomatic Relations, Articles 45-46: the grantor
/// (the protector) looks after the protected state's interests in a host state where the protected
/// state has no open embassy of its own, through the protector's own embassy there.
/// </summary>
public static partial class ClauseRules
{
    private static List<RuleViolation> CheckMandate(ClauseContext context, ProtectingPowerClause mandate)
    {
        var violations = new List<RuleViolation>();
        var world = context.World;
        var knowsProtected = world.Nations.ContainsKey(mandate.ProtectedState);
        var knowsHost = world.Nations.ContainsKey(mandate.HostState);
        if (!knowsProtected)
            violations.Add(context.Violation(RuleCodes.NationUnknown, $"there is no nation '{mandate.ProtectedState}' (the protected state) in this game."));
        if (!knowsHost)
            violations.Add(context.Violation(RuleCodes.NationUnknown, $"there is no nation '{mandate.HostState}' (the host state) in this game."));
        if (!knowsProtected || !knowsHost)
            return violations;

        var protectedState = world.NameOf(mandate.ProtectedState);
        var host = world.NameOf(mandate.HostState);
        // A state asks a protecting power for its own interests (Article 45 speaks of the sending
        // state's interests); asking on another's behalf would also make this rule an oracle for
        // mandates among third states.
        if (mandate.ProtectedState != context.Parties.Requester)
        {
            violations.Add(context.Violation(RuleCodes.ProtectedStateNotRequester,
                $"only {protectedState} can ask for a protecting power for its own interests; {context.Requester} may ask for its own."));
            return violations;
        }
        if (mandate.ProtectedState == mandate.HostState)
        {
            violations.Add(context.Violation(RuleCodes.ProtectedStateIsHost, $"{protectedState} needs no protecting power in its own territory."));
            return violations;
        }
        if (context.Parties.Grantor == mandate.HostState)
        {
            violations.Add(context.Violation(RuleCodes.ProtectorIsHost,
                $"{host} cannot protect interests in {host} itself; a protecting power is a third state with an embassy in {host}."));
        }
        else if (!world.HasOpenMission(context.Parties.Grantor, mandate.HostState))
        {
            violations.Add(context.Violation(RuleCodes.ProtectorHasNoEmbassy,
                $"{context.Grantor} has no open embassy in {host} through which to protect {protectedState}'s interests."));
        }
        if (world.HasOpenMission(mandate.ProtectedState, mandate.HostState))
        {
            violations.Add(context.Violation(RuleCodes.ProtectedStateHasEmbassy,
                $"{protectedState}'s own embassy in {host} is open, so it needs no protecting power there."));
        }
        var existing = world.Agreements.FirstOrDefault(a =>
            a.IsLive && a.Terms is ProtectingPowerClause other && other.ProtectedState == mandate.ProtectedState && other.HostState == mandate.HostState);
        if (existing is not null)
        {
            violations.Add(context.Violation(RuleCodes.MandateExists, context.Knows(existing)
                ? $"{world.NameOf(existing.Grantor)} already protects {protectedState}'s interests in {host} (agreement {existing.Id})."
                : $"{protectedState}'s interests in {host} are already in the care of a protecting power."));
        }
        return violations;
    }
}
