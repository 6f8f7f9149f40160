using DiplomacySim.Domain.Changes;
using DiplomacySim.Domain.Members;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Errors;
using DiplomacySim.Server.Events;
using DiplomacySim.Server.Play;
using FluentValidation;
using Mediator;

namespace DiplomacySim.Server.Features.Members.AssignSeat;

/// <summary>The body of <c>PUT .../ministries/{id}/holder</c>: the new holder's user name, or null to vacate; a note for the log.</summary>
public sealed record HolderInput(string? UserName, string? Note);

public sealed record AssignSeatCommand(string Game, Guid Ministry, HolderInput Input) : IGameCommand<SeatView>;

/// <summary>The ministry after the change, with the user name of its holder (null: vacant).</summary>
public sealed record SeatView(Guid Id, string Nation, MinistryKind Kind, string Title, string? Holder);

public sealed class AssignSeatValidator : AbstractValidator<AssignSeatCommand>
{
    public const int NoteLength = 500;

    public AssignSeatValidator()
    {
        RuleFor(c => c.Input.UserName).MaximumLength(64).OverridePropertyName("userName");
        RuleFor(c => c.Input.Note).MaximumLength(NoteLength).OverridePropertyName("note");
    }
}

/// <summary>
/// A seat changes hands: load the roster → <see cref="Seating.Assign"/> → record → return. A GM assigns,
/// transfers or vacates any ministry; its holder may resign it; the holder of a nation's foreign ministry
/// may give its other vacant (or own) ministries to another member (<see cref="Seating.MayChange"/>; anyone
/// else 403 GM_ONLY). The holder must be a member already (409 NOT_A_MEMBER, decision 13). Access moves with the seat
/// at once: the ministry's row moves the game's WorldVersion, and every path rebuilds its viewer from it.
/// </summary>
public sealed class AssignSeatHandler(CurrentGame current, ViewerLookup viewers, Rosters rosters, ChangeRecorder recorder)
    : ICommandHandler<AssignSeatCommand, SeatView>
{
    public async ValueTask<SeatView> Handle(AssignSeatCommand command, CancellationToken cancellationToken)
    {
        var game = current.Game;
        await viewers.ForGameAsync(game, cancellationToken);

        var roster = await rosters.LoadAsync(game, cancellationToken);
        var ministry = roster.Ministry(command.Ministry)
            ?? throw new NotFoundException("MINISTRY_NOT_FOUND", $"This game has no ministry {command.Ministry}. GET /api/games/{{game}} lists them.");
        Person? holder = null;
        if (command.Input.UserName is { } userName)
            holder = await rosters.ByNameAsync(userName, cancellationToken)
                ?? throw new ConflictException(SeatingException.NotAMember, $"'{userName}' is not a member of this game: invite them first (POST .../invitations).");
        var by = await rosters.CallerAsync(cancellationToken);

        var outcome = new Outcome();
        Seating.Assign(roster, ministry, holder, by, command.Input.Note, outcome);
        recorder.Record(game, outcome);
        return new SeatView(ministry.Id, ministry.Nation, ministry.Kind, ministry.Title, holder?.UserName);
    }
}
