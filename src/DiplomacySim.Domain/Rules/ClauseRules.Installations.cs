using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Visibility;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Rules;

/// <summary>Basing and refuelling rights: named installations of the grantor, with room for the personnel asked.</summary>
public static partial class ClauseRules
{
    private static List<RuleViolation> CheckBasing(ClauseContext context, BasingRightsClause basing)
    {
        var violations = new List<RuleViolation>();
        var installations = KnownInstallations(context, basing.Installations, violations);

        if (basing.PeacetimePersonnelCap < 0 || basing.EmergencyPersonnelCap <= 0 || basing.PeacetimePersonnelCap > basing.EmergencyPersonnelCap)
        {
            violations.Add(context.Violation(RuleCodes.CapsInconsistent,
                $"the peacetime cap ({basing.PeacetimePersonnelCap:N0}) must be between zero and the emergency cap ({basing.EmergencyPersonnelCap:N0}), which must be above zero."));
        }

        // A base that holds a foreign force under an arrangement the requester may not know of has no
        // room for it at all, and the message says no more than that (decision 0007): a figure of free
        // room would give the secret personnel away, and so would narrowing it down by checking caps.
        var held = installations.Where(i => context.HeldUndisclosed(i)).ToList();
        foreach (var installation in held)
        {
            violations.Add(context.Violation(RuleCodes.CapacityExceeded,
                $"no room is available at {installation.Name} for {context.Requester}'s personnel."));
        }

        // Room is judged only when every installation is known and the grantor's: otherwise the
        // total would mislead, and the violations above already say what to fix.
        if (held.Count == 0 && installations.Count == basing.Installations.Distinct().Count() && installations.Count > 0)
        {
            var free = installations.Sum(i => i.FreeCapacity);
            if (basing.EmergencyPersonnelCap > free)
            {
                violations.Add(context.Violation(RuleCodes.CapacityExceeded,
                    $"{string.Join(", ", installations.Select(i => i.Name))} can take {free:N0} more foreign personnel in all, fewer than the emergency cap of {basing.EmergencyPersonnelCap:N0}."));
            }
        }

        foreach (var installation in installations)
        {
            if (LeaseToRival(context, installation) is { } lease)
            {
                violations.Add(context.Violation(RuleCodes.InstallationLeasedToRival,
                    $"{installation.Name} is already promised to {context.World.NameOf(lease.Requester)}, a rival of {context.Requester}."));
            }
        }
        return violations;
    }

    private static List<RuleViolation> CheckRefueling(ClauseContext context, RefuelingRightsClause refueling)
    {
        var violations = new List<RuleViolation>();
        KnownInstallations(context, refueling.Installations, violations);
        return violations;
    }

    /// <summary>
    /// The distinct installations of <paramref name="ids"/> that exist and lie in the grantor's
    /// territory; a violation for each that does not.
    /// </summary>
    private static List<Installation> KnownInstallations(ClauseContext context, IReadOnlyList<Guid> ids, List<RuleViolation> violations)
    {
        var known = new List<Installation>();
        foreach (var id in ids.Distinct())
        {
            if (!context.World.Installations.TryGetValue(id, out var installation))
            {
                violations.Add(context.Violation(RuleCodes.InstallationUnknown, $"there is no installation {id} in this game."));
            }
            else if (installation.Nation != context.Parties.Grantor)
            {
                violations.Add(context.Violation(RuleCodes.InstallationNotInRecipientTerritory,
                    $"{installation.Name} lies in {context.World.NameOf(installation.Nation)}, not in {context.Grantor}; only {context.Grantor} can grant rights there."));
            }
            else
            {
                known.Add(installation);
            }
        }
        return known;
    }

    /// <summary>
    /// A live basing agreement at the installation, known to the requester, whose requester and ours
    /// are rivals, either way. One the requester may not know of already leaves no room (above) and is
    /// never named.
    /// </summary>
    private static Agreement? LeaseToRival(ClauseContext context, Installation installation)
    {
        var world = context.World;
        var requester = context.Parties.Requester;
        return world.Agreements.FirstOrDefault(a =>
            a.IsLive
            && a.Terms is BasingRightsClause lease
            && lease.Installations.Contains(installation.Id)
            && a.Requester != requester
            && context.Knows(a)
            && AreRivals(world, a.Requester, requester));
    }

    private static bool AreRivals(WorldView world, string a, string b) =>
        (world.Nations.TryGetValue(a, out var first) && first.IsRivalOf(b))
        || (world.Nations.TryGetValue(b, out var second) && second.IsRivalOf(a));
}
