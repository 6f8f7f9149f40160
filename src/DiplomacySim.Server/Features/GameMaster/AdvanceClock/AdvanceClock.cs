using DiplomacySim.Domain.Changes;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Errors;
using DiplomacySim.Server.Events;
using DiplomacySim.Server.Play;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.GameMaster.AdvanceClock;

public sealed record AdvanceClockCommand(string Game, int Days) : IGameCommand<ClockResult>;

public sealed record ClockResult(DateOnly InGameDate);

/// <summary>The body of <c>POST .../clock</c>.</summary>
public sealed record ClockInput(int? Days);

public sealed class AdvanceClockValidator : AbstractValidator<AdvanceClockCommand>
{
    public AdvanceClockValidator() =>
        RuleFor(c => c.Days).InclusiveBetween(1, 3_650).WithMessage("Advance the clock by 1 to 3,650 days.");
}

/// <summary>A GM moves the in-game date forward: load the modifiers → <see cref="GameClock.Advance"/> → record → return.</summary>
public sealed class AdvanceClockHandler(GameDbContext db, CurrentGame current, ViewerLookup viewers, ChangeRecorder recorder)
    : ICommandHandler<AdvanceClockCommand, ClockResult>
{
    public async ValueTask<ClockResult> Handle(AdvanceClockCommand command, CancellationToken cancellationToken)
    {
        var game = current.Game;
        var viewer = await viewers.GameMasterAsync(game, "advance its clock", cancellationToken);

        var modifiers = await db.OpinionModifiers.Where(m => m.GameId == game.Id).ToListAsync(cancellationToken);
        var outcome = new Outcome();
        GameClock.Advance(game, modifiers, command.Days, outcome);
        recorder.Record(game, outcome);
        return new ClockResult(game.InGameDate);
    }
}
