using System.Text.Json.Serialization;
using DiplomacySim.Domain.Rules;

namespace DiplomacySim.Domain.Clauses;

/// <summary>
/// The grantor becomes the protecting power of <see cref="ProtectedState"/>'s interests in
/// <see cref="HostState"/> (Vienna Convention on Diplomatic Relations, Articles 45-46): it looks after
/// them through its own embassy there, where the protected state has none open. The agreement awaits
/// the host state's consent.
/// </summary>
public sealed record ProtectingPowerClause(string ProtectedState, string HostState, ProtectionScope Scope) : Clause
{
    [JsonIgnore]
    public override ClauseKind Kind => ClauseKind.ProtectingPower;

    [JsonIgnore]
    public override string Description => "protecting power";

    [JsonIgnore]
    public override IEnumerable<string> NationsNamed => [ProtectedState, HostState];

    [JsonIgnore]
    public override IEnumerable<string> ConsentingStates => [HostState];

    public override IEnumerable<RuleViolation> Check(ClauseCheck check)
    {
        var violations = new List<RuleViolation>();
        var world = check.World;
        var knowsProtected = world.Nations.ContainsKey(ProtectedState);
        var knowsHost = world.Nations.ContainsKey(HostState);
        if (!knowsProtected)
            violations.Add(check.Violation(RuleCodes.NationUnknown, $"there is no nation '{ProtectedState}' (the protected state) in this game."));
        if (!knowsHost)
            violations.Add(check.Violation(RuleCodes.NationUnknown, $"there is no nation '{HostState}' (the host state) in this game."));
        if (!knowsProtected || !knowsHost)
            return violations;

        var protectedState = world.NameOf(ProtectedState);
        var host = world.NameOf(HostState);
        // A state asks a protecting power for its own interests (Article 45 speaks of the sending
        // state's interests); asking on another's behalf would also make this rule an oracle for
        // mandates among third states.
        if (ProtectedState != check.Parties.Requester)
        {
            violations.Add(check.Violation(RuleCodes.ProtectedStateNotRequester,
                $"only {protectedState} can ask for a protecting power for its own interests; {check.Requester} may ask for its own."));
            return violations;
        }
        if (ProtectedState == HostState)
        {
            violations.Add(check.Violation(RuleCodes.ProtectedStateIsHost, $"{protectedState} needs no protecting power in its own territory."));
            return violations;
        }
        if (check.Parties.Grantor == HostState)
        {
            violations.Add(check.Violation(RuleCodes.ProtectorIsHost,
                $"{host} cannot protect interests in {host} itself; a protecting power is a third state with an embassy in {host}."));
        }
        else if (!world.HasOpenMission(check.Parties.Grantor, HostState))
        {
            violations.Add(check.Violation(RuleCodes.ProtectorHasNoEmbassy,
                $"{check.Grantor} has no open embassy in {host} through which to protect {protectedState}'s interests."));
        }
        if (world.HasOpenMission(ProtectedState, HostState))
        {
            violations.Add(check.Violation(RuleCodes.ProtectedStateHasEmbassy,
                $"{protectedState}'s own embassy in {host} is open, so it needs no protecting power there."));
        }
        var existing = world.Agreements.FirstOrDefault(a =>
            a.IsLive && a.Terms is ProtectingPowerClause other && other.ProtectedState == ProtectedState && other.HostState == HostState);
        if (existing is not null)
        {
            violations.Add(check.Violation(RuleCodes.MandateExists, check.Knows(existing)
                ? $"{world.NameOf(existing.Grantor)} already protects {protectedState}'s interests in {host} (agreement {existing.Id})."
                : $"{protectedState}'s interests in {host} are already in the care of a protecting power."));
        }
        return violations;
    }
}

public enum ProtectionScope
{
    Diplomatic,
    Consular,
    Both,
}
