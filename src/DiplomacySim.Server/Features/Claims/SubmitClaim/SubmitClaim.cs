using DiplomacySim.Domain.Changes;
using DiplomacySim.Domain.Members;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Events;
using DiplomacySim.Server.Play;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Claims.SubmitClaim;

/// <summary>The body of <c>POST .../claims</c>: the nation's code, the kinds of ministry wanted (none: any), a note to the GMs.</summary>
public sealed record ClaimInput(string? Nation, IReadOnlyList<MinistryKind>? Ministries, string? Note);

public sealed record SubmitClaimCommand(string Game, ClaimInput Input) : IGameCommand<SubmittedClaim>;

/// <summary>The new claim's id and where it stands: pending, or approved at once by the rules.</summary>
public sealed record SubmittedClaim(Guid Id, ClaimState Status);

public sealed class SubmitClaimValidator : AbstractValidator<SubmitClaimCommand>
{
    public SubmitClaimValidator()
    {
        RuleFor(c => c.Input.Nation).NotEmpty().WithMessage("Say which nation you claim: its code, as GET /api/games/{game} lists it.")
            .MaximumLength(8).OverridePropertyName("nation");
        RuleFor(c => c.Input.Ministries).Must(m => m is null || m.Count <= Enum.GetValues<MinistryKind>().Length)
            .WithMessage("A nation has at most one ministry of each kind.").OverridePropertyName("ministries");
        RuleForEach(c => c.Input.Ministries).IsInEnum().OverridePropertyName("ministries");
        RuleFor(c => c.Input.Note).MaximumLength(Limits.ClaimNoteLength).OverridePropertyName("note");
    }
}

/// <summary>
/// A member claims a nation's ministries: load the roster, the nation and the claimant's pending claims →
/// <see cref="Claiming.Submit"/> (which seats at once in an open nation of an open game) → record → return.
/// A non-member is 404 GAME_NOT_FOUND, as on every member route.
/// </summary>
public sealed class SubmitClaimHandler(GameDbContext db, CurrentGame current, ViewerLookup viewers, Rosters rosters, ChangeRecorder recorder, TimeProvider clock)
    : ICommandHandler<SubmitClaimCommand, SubmittedClaim>
{
    public async ValueTask<SubmittedClaim> Handle(SubmitClaimCommand command, CancellationToken cancellationToken)
    {
        var game = current.Game;
        await viewers.ForGameAsync(game, cancellationToken);
        var input = command.Input;
        var roster = await rosters.LoadAsync(game, cancellationToken);
        var claimant = await rosters.CallerAsync(cancellationToken);
        var nation = await db.Nations.AsNoTracking().SingleOrDefaultAsync(n => n.GameId == game.Id && n.Code == input.Nation, cancellationToken);
        var pending = await db.Claims.AsNoTracking()
            .Where(c => c.GameId == game.Id && c.ClaimantId == claimant.UserId && c.State == ClaimState.Pending).ToListAsync(cancellationToken);

        var outcome = new Outcome();
        var claim = Claiming.Submit(roster, nation, claimant, input.Ministries ?? [], input.Note, pending, Guid.CreateVersion7(), clock.GetUtcNow(), outcome);
        recorder.Record(game, outcome);
        return new SubmittedClaim(claim.Id, claim.State);
    }
}
