using System.Text.Json.Serialization;
using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Opinions;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Clauses;

/// <summary>
/// Foreign forces at named installations of the grantor, under personnel caps. Room is held at
/// acceptance, stationed at entry into force and given back if the agreement fails; rivals watching
/// the grantor's region react when it enters into force.
/// </summary>
public sealed record BasingRightsClause(
    IReadOnlyList<Guid> Installations,
    int PeacetimePersonnelCap,
    int EmergencyPersonnelCap,
    IReadOnlyList<BasingCapability> Capabilities,
    int? TermYears) : Clause
{
    [JsonIgnore]
    public override ClauseKind Kind => ClauseKind.BasingRights;

    [JsonIgnore]
    public override string Description => "basing rights";

    [JsonIgnore]
    public override IReadOnlyList<MinistryKind> CompetentMinistries => [MinistryKind.ForeignAffairs, MinistryKind.Defence];

    public override IEnumerable<RuleViolation> Check(ClauseCheck check)
    {
        var violations = new List<RuleViolation>();
        var installations = check.KnownInstallations(Installations, violations);

        if (PeacetimePersonnelCap < 0 || EmergencyPersonnelCap <= 0 || PeacetimePersonnelCap > EmergencyPersonnelCap)
        {
            violations.Add(check.Violation(RuleCodes.CapsInconsistent,
                $"the peacetime cap ({PeacetimePersonnelCap:N0}) must be between zero and the emergency cap ({EmergencyPersonnelCap:N0}), which must be above zero."));
        }

        // A base that holds a foreign force under an arrangement the requester may not know of has no
        // room for it at all, and the message says no more than that (decision 0007): a figure of free
        // room would give the secret personnel away, and so would narrowing it down by checking caps.
        var held = installations.Where(check.HeldUndisclosed).ToList();
        foreach (var installation in held)
        {
            violations.Add(check.Violation(RuleCodes.CapacityExceeded,
                $"no room is available at {installation.Name} for {check.Requester}'s personnel."));
        }

        // Room is judged only when every installation is known and the grantor's: otherwise the
        // total would mislead, and the violations above already say what to fix.
        if (held.Count == 0 && installations.Count == Installations.Distinct().Count() && installations.Count > 0)
        {
            var free = installations.Sum(i => i.FreeCapacity);
            if (EmergencyPersonnelCap > free)
            {
                violations.Add(check.Violation(RuleCodes.CapacityExceeded,
                    $"{string.Join(", ", installations.Select(i => i.Name))} can take {free:N0} more foreign personnel in all, fewer than the emergency cap of {EmergencyPersonnelCap:N0}."));
            }
        }

        foreach (var installation in installations)
        {
            if (LeaseToRival(check, installation) is { } lease)
            {
                violations.Add(check.Violation(RuleCodes.InstallationLeasedToRival,
                    $"{installation.Name} is already promised to {check.World.NameOf(lease.Requester)}, a rival of {check.Requester}."));
            }
        }
        return violations;
    }

    /// <summary>Room is held from acceptance, so two acceptances can never promise the same places.</summary>
    public override void Concluded(TrackedWorld world, Agreement agreement)
    {
        var installations = Installations.Select(id => world.Installations[id]).ToList();
        agreement.Allocate(BasingPlan.Spread(EmergencyPersonnelCap, installations));
        foreach (var allocation in agreement.Allocations)
            world.InstallationToChange(allocation.Installation).Reserve(allocation.Personnel);
    }

    /// <summary>The held room is stationed, and rivals watching the grantor's region think less of both parties.</summary>
    public override IEnumerable<OpinionChange> EnteredIntoForce(TrackedWorld world, Agreement agreement)
    {
        foreach (var allocation in agreement.Allocations)
            world.InstallationToChange(allocation.Installation).StationReserved(allocation.Personnel);
        return world.Nations.TryGetValue(agreement.Grantor, out var host)
            ? RelationEffects.RivalReactions(world.Ruleset, world.Nations, agreement.Requester, agreement.Grantor, host.Region)
            : [];
    }

    public override void Failed(TrackedWorld world, Agreement agreement)
    {
        foreach (var allocation in agreement.Allocations)
        {
            if (world.TryGetInstallationToChange(allocation.Installation, out var installation))
                installation.ReleaseReservation(allocation.Personnel);
        }
    }

    /// <summary>
    /// A live basing agreement at the installation, known to the requester, whose requester and ours
    /// are rivals, either way. One the requester may not know of already leaves no room (above) and is
    /// never named.
    /// </summary>
    private static IReadOnlyAgreement? LeaseToRival(ClauseCheck check, IReadOnlyInstallation installation)
    {
        var requester = check.Parties.Requester;
        return check.World.Agreements.FirstOrDefault(a =>
            a.IsLive
            && a.Terms is BasingRightsClause lease
            && lease.Installations.Contains(installation.Id)
            && a.Requester != requester
            && check.Knows(a)
            && check.AreRivals(a.Requester, requester));
    }
}

public enum BasingCapability
{
    Sigint,
    Elint,
    NavalPresence,
    AirOperations,
    Logistics,
}
