using DiplomacySim.Domain.Changes;
using DiplomacySim.Domain.Members;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Errors;
using DiplomacySim.Server.Events;
using DiplomacySim.Server.Play;
using FluentValidation;
using Mediator;

namespace DiplomacySim.Server.Features.Claims.ApproveClaim;

/// <summary>The body of <c>POST .../claims/{id}/approve</c>: the ministries (ids) to seat the claimant in (none: those the claim asked for), and a note.</summary>
public sealed record ApprovalInput(IReadOnlyList<Guid>? Ministries, string? Note);

public sealed record ApproveClaimCommand(string Game, Guid Claim, ApprovalInput Input) : IGameCommand<ClaimView>;

public sealed class ApproveClaimValidator : AbstractValidator<ApproveClaimCommand>
{
    public ApproveClaimValidator()
    {
        RuleFor(c => c.Input.Ministries).Must(m => m is null || m.Count <= Enum.GetValues<MinistryKind>().Length)
            .WithMessage("A nation has at most one ministry of each kind.").OverridePropertyName("ministries");
        RuleFor(c => c.Input.Note).MaximumLength(Limits.ClaimNoteLength).OverridePropertyName("note");
    }
}

/// <summary>
/// A GM approves a claim: load the claim and the roster → <see cref="Claiming.Approve"/> (seats through
/// <see cref="Seating.Seat"/>; a ministry held by another refuses it all) → record → the claim decided.
/// Access follows the seat at once, as for a GM's assignment.
/// </summary>
public sealed class ApproveClaimHandler(GameDbContext db, CurrentGame current, ViewerLookup viewers, Rosters rosters, ChangeRecorder recorder, TimeProvider clock)
    : ICommandHandler<ApproveClaimCommand, ClaimView>
{
    public async ValueTask<ClaimView> Handle(ApproveClaimCommand command, CancellationToken cancellationToken)
    {
        var game = current.Game;
        await viewers.GameMasterAsync(game, "decide claims", cancellationToken);
        var claim = await ClaimView.FindAsync(db, game, command.Claim, cancellationToken);
        var roster = await rosters.LoadAsync(game, cancellationToken);
        var claimant = await rosters.ByIdAsync(claim.ClaimantId, cancellationToken)
            ?? throw new ConflictException(SeatingException.NotAMember, "The claimant's account no longer exists.");
        var by = await rosters.CallerAsync(cancellationToken);

        var now = clock.GetUtcNow();
        var outcome = new Outcome();
        Claiming.Approve(roster, claim, claimant, command.Input.Ministries ?? [], by, command.Input.Note, now, outcome);
        recorder.Record(game, outcome);
        return (await ClaimView.OfAsync(db, [claim], now, cancellationToken))[0];
    }
}
