using DiplomacySim.Client.Contracts;

namespace DiplomacySim.Client;

public sealed partial class DiplomacySimClient
{
    /// <summary>The agreements the caller may see (<c>GET .../agreements</c>).</summary>
    public Task<IReadOnlyList<AgreementView>> ListAgreementsAsync(string game, CancellationToken cancellationToken = default) =>
        SendAsync<IReadOnlyList<AgreementView>>(HttpMethod.Get, GamePath(game, "agreements"), body: null, cancellationToken);

    /// <summary>A GM ratifies an agreement with a written ruling (<c>POST .../agreements/{id}/ratify</c>).</summary>
    public Task<AgreementView> RatifyAsync(string game, Guid agreement, string ruling, CancellationToken cancellationToken = default) =>
        RuleAsync(game, agreement, "ratify", ruling, cancellationToken);

    /// <summary>A GM vetoes an agreement with a written ruling (<c>POST .../agreements/{id}/veto</c>).</summary>
    public Task<AgreementView> VetoAsync(string game, Guid agreement, string ruling, CancellationToken cancellationToken = default) =>
        RuleAsync(game, agreement, "veto", ruling, cancellationToken);

    /// <summary>Every opinion the caller may see (<c>GET .../relations</c>).</summary>
    public Task<RelationsMatrix> GetRelationsAsync(string game, CancellationToken cancellationToken = default) =>
        SendAsync<RelationsMatrix>(HttpMethod.Get, GamePath(game, "relations"), body: null, cancellationToken);

    /// <summary><paramref name="from"/>'s opinion of <paramref name="to"/> and the modifiers behind it (<c>GET .../relations/{from}/{to}</c>).</summary>
    public Task<RelationDetail> GetRelationAsync(string game, string from, string to, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(from);
        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        return SendAsync<RelationDetail>(HttpMethod.Get, GamePath(game, $"relations/{Uri.EscapeDataString(from)}/{Uri.EscapeDataString(to)}"), body: null, cancellationToken);
    }

    /// <summary>The events after <paramref name="after"/> that the caller may see, in seq order (<c>GET .../events</c>).</summary>
    public Task<IReadOnlyList<GameEvent>> GetEventsAsync(string game, long after = 0, int? limit = null, CancellationToken cancellationToken = default) =>
        SendAsync<IReadOnlyList<GameEvent>>(HttpMethod.Get, GamePath(game, "events" + Query(("after", Number(after)), ("limit", Number(limit)))), body: null, cancellationToken);

    /// <summary>A GM moves the in-game date forward (<c>POST .../clock</c>); fading modifiers fade.</summary>
    public Task<ClockResult> AdvanceClockAsync(string game, int days, CancellationToken cancellationToken = default) =>
        SendAsync<ClockResult>(HttpMethod.Post, GamePath(game, "clock"), new { days }, cancellationToken);

    private Task<AgreementView> RuleAsync(string game, Guid agreement, string action, string ruling, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ruling);
        return SendAsync<AgreementView>(HttpMethod.Post, GamePath(game, $"agreements/{agreement}/{action}"), new { ruling }, cancellationToken);
    }
}
