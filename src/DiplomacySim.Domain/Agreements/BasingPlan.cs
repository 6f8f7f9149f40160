using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Agreements;

/// <summary>Where the personnel of a basing agreement go when it names several installations.</summary>
public static class BasingPlan
{
    /// <summary>
    /// Spreads <paramref name="personnel"/> over the installations in proportion to their free room,
    /// by largest remainder so the parts add up exactly; ties go to the installation listed first.
    /// Installations without free room get nothing and are left out.
    /// </summary>
    /// <exception cref="InvalidOperationException">The installations lack the room, together.</exception>
    public static IReadOnlyList<PersonnelAllocation> Spread(int personnel, IReadOnlyList<IReadOnlyInstallation> installations)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(personnel);
        var open = installations.DistinctBy(i => i.Id).Where(i => i.FreeCapacity > 0).ToList();
        long free = open.Sum(i => (long)i.FreeCapacity);
        if (personnel > free)
            throw new InvalidOperationException($"The installations have room for {free} more foreign personnel, not {personnel}.");
        if (personnel == 0)
            return [];

        // Integer shares and their remainders; exact, and the same on every instance.
        var shares = open.Select((installation, order) =>
        {
            var exact = (long)personnel * installation.FreeCapacity;
            return (Installation: installation, Order: order, Whole: (int)(exact / free), Remainder: exact % free);
        }).ToList();
        var left = personnel - shares.Sum(s => s.Whole);
        var extra = shares.OrderByDescending(s => s.Remainder).ThenBy(s => s.Order).Take(left).Select(s => s.Order).ToHashSet();

        return [.. shares
            .Select(s => new PersonnelAllocation(s.Installation.Id, s.Whole + (extra.Contains(s.Order) ? 1 : 0)))
            .Where(a => a.Personnel > 0)];
    }
}
