using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Visibility;

/// <summary>
/// An installation's foreign personnel as one viewer may know them. Personnel stationed or held under
/// an agreement the viewer may not see are not counted, and would give the secret away if they were
/// (an odd figure, the day a letter was accepted). What the game must still make felt is that the room
/// is taken: an installation that holds a foreign force under an arrangement undisclosed to the viewer
/// has no room for the viewer's nation at all (decision 0007: a host does not lodge a third nation beside
/// a force it keeps from that nation), so free room is never a figure that can be narrowed down.
/// </summary>
public sealed record Occupancy(int ForeignPersonnel, int ReservedPersonnel, int FreeCapacity, bool UndisclosedArrangement)
{
    public static Occupancy Of(IReadOnlyInstallation installation, IEnumerable<IReadOnlyAgreement> agreements, Viewer viewer)
    {
        var hiddenStationed = 0;
        var hiddenReserved = 0;
        var undisclosed = false;
        foreach (var agreement in agreements)
        {
            if (!agreement.IsLive || !HoldsRoomAt(agreement, installation) || viewer.MaySee(Audience.Of(agreement)))
                continue;
            undisclosed = true;
            var personnel = agreement.Allocations.Where(a => a.Installation == installation.Id).Sum(a => a.Personnel);
            if (agreement.Status == AgreementStatus.InForce)
                hiddenStationed += personnel;
            else
                hiddenReserved += personnel;
        }
        return new(
            Math.Max(0, installation.ForeignPersonnel - hiddenStationed),
            Math.Max(0, installation.ReservedPersonnel - hiddenReserved),
            undisclosed ? 0 : installation.FreeCapacity,
            undisclosed);
    }

    /// <summary>Whether a live agreement is a basing agreement at the installation (named in its terms, or holding room there).</summary>
    public static bool HoldsRoomAt(IReadOnlyAgreement agreement, IReadOnlyInstallation installation) =>
        agreement.Terms is BasingRightsClause basing
        && (basing.Installations.Contains(installation.Id) || agreement.Allocations.Any(a => a.Installation == installation.Id));
}
