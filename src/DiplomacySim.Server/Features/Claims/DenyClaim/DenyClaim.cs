using DiplomacySim.Domain.Changes;
using DiplomacySim.Domain.Members;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Errors;
using DiplomacySim.Server.Events;
using DiplomacySim.Server.Play;
using FluentValidation;
using Mediator;

namespace DiplomacySim.Server.Features.Claims.DenyClaim;

/// <summary>The body of <c>POST .../claims/{id}/deny</c>: the reason the claimant reads.</summary>
public sealed record DenialInput(string? Reason);

public sealed record DenyClaimCommand(string Game, Guid Claim, DenialInput Input) : IGameCommand<ClaimView>;

public sealed class DenyClaimValidator : AbstractValidator<DenyClaimCommand>
{
    public DenyClaimValidator() =>
        RuleFor(c => c.Input.Reason).NotEmpty().WithMessage("Give the claimant a reason.")
            .MaximumLength(Limits.ClaimNoteLength).OverridePropertyName("reason");
}

/// <summary>A GM denies a claim with a reason: load the claim → <see cref="Claiming.Deny"/> → record → the claim decided. No seat changes.</summary>
public sealed class DenyClaimHandler(GameDbContext db, CurrentGame current, ViewerLookup viewers, Rosters rosters, ChangeRecorder recorder, TimeProvider clock)
    : ICommandHandler<DenyClaimCommand, ClaimView>
{
    public async ValueTask<ClaimView> Handle(DenyClaimCommand command, CancellationToken cancellationToken)
    {
        var game = current.Game;
        await viewers.GameMasterAsync(game, "decide claims", cancellationToken);
        var claim = await ClaimView.FindAsync(db, game, command.Claim, cancellationToken);
        var roster = await rosters.LoadAsync(game, cancellationToken);
        var claimant = await rosters.ByIdAsync(claim.ClaimantId, cancellationToken) ?? new Person(claim.ClaimantId, claim.ClaimantId);
        var by = await rosters.CallerAsync(cancellationToken);

        var now = clock.GetUtcNow();
        var outcome = new Outcome();
        Claiming.Deny(roster, claim, claimant, by, command.Input.Reason, now, outcome);
        recorder.Record(game, outcome);
        return (await ClaimView.OfAsync(db, [claim], now, cancellationToken))[0];
    }
}
