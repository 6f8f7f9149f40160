using DiplomacySim.Domain.Opinions;
using DiplomacySim.Domain.Visibility;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Errors;
using DiplomacySim.Server.Play;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.GameMaster;

public sealed record AdvanceClockCommand(string Game, int Days) : IGameCommand<ClockResult>;

public sealed record ClockResult(DateOnly InGameDate);

public sealed class AdvanceClockValidator : AbstractValidator<AdvanceClockCommand>
{
    public AdvanceClockValidator() =>
        RuleFor(c => c.Days).InclusiveBetween(1, 3_650).WithMessage("Advance the clock by 1 to 3,650 days.");
}

/// <summary>
/// A GM moves the in-game date forward. Fading modifiers lose value; every score that changed is
/// logged, and modifiers that have faded to nothing are removed (the log keeps their history).
/// </summary>
public sealed class AdvanceClockHandler(GameDbContext db, CurrentGame current, ViewerLookup viewers, EventLog events)
    : ICommandHandler<AdvanceClockCommand, ClockResult>
{
    public async ValueTask<ClockResult> Handle(AdvanceClockCommand command, CancellationToken cancellationToken)
    {
        var game = current.Game;
        var viewer = await viewers.ForGameAsync(game, cancellationToken);
        if (!viewer.IsGameMaster)
            throw new ForbiddenException("GM_ONLY", "Only a game master of this game can advance its clock.");

        var modifiers = await db.OpinionModifiers.Where(m => m.GameId == game.Id).ToListAsync(cancellationToken);
        var pairs = modifiers.GroupBy(m => (m.From, m.To)).ToList();
        var before = pairs.ToDictionary(p => p.Key, p => Opinion.Score(p, game.InGameDate));

        var previous = game.InGameDate;
        var today = game.AdvanceClock(command.Days);
        var seq = events.Append(game, EventLog.ClockAdvanced, new ClockAdvancedPayload(previous, today, command.Days), Audience.Public);

        foreach (var pair in pairs)
        {
            var score = Opinion.Score(pair, today);
            if (score != before[pair.Key])
            {
                events.Append(game, EventLog.RelationChanged,
                    new RelationChangedPayload(pair.Key.From, pair.Key.To, score, "decay", score - before[pair.Key], seq),
                    Audience.OfRelation(game.RelationsVisibility, pair.Key.From, pair.Key.To));
            }
        }
        db.OpinionModifiers.RemoveRange(modifiers.Where(m => m.HasFadedBy(today)));
        return new ClockResult(today);
    }
}

public sealed record ClockAdvancedPayload(DateOnly From, DateOnly To, int Days);
