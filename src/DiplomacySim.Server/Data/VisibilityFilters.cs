using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.Events;
using DiplomacySim.Domain.Visibility;

namespace DiplomacySim.Server.Data;

/// <summary>
/// The audiences of <see cref="Audience"/> as SQL filters, for lists that must not load what the
/// caller may not see. Each says in a query what <see cref="Viewer.MaySee"/> says of one thing, and
/// the visibility tests hold the two to the same table of cases.
/// </summary>
internal static class VisibilityFilters
{
    /// <summary><see cref="Audience.Of(Communique)"/>: public, or the sender's or the recipient's nation.</summary>
    public static IQueryable<Communique> VisibleTo(this IQueryable<Communique> communiques, Viewer viewer)
    {
        if (viewer.IsGameMaster)
            return communiques;
        var nations = viewer.Nations.ToList();
        return communiques.Where(c => c.Classification == Classification.Public || nations.Contains(c.FromNation) || nations.Contains(c.ToNation));
    }

    /// <summary><see cref="Audience.Of(Agreement)"/>: public, or any party's nation (a mandate's host state among them).</summary>
    public static IQueryable<Agreement> VisibleTo(this IQueryable<Agreement> agreements, Viewer viewer)
    {
        if (viewer.IsGameMaster)
            return agreements;
        var nations = viewer.Nations.ToList();
        return agreements.Where(a => a.Classification == Classification.Public
            || a.Parties.Any(p => nations.Contains(p.Nation)));
    }

    /// <summary>An event's stored audience: null is public, else one of the viewer's nations, or the viewer themself, must be in it.</summary>
    public static IQueryable<GameEvent> VisibleTo(this IQueryable<GameEvent> events, Viewer viewer)
    {
        if (viewer.IsGameMaster)
            return events;
        var keys = viewer.AudienceKeys.ToList();
        return events.Where(e => e.Audience == null || e.Audience.Any(n => keys.Contains(n)));
    }
}
