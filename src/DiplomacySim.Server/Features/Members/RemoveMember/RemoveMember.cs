using DiplomacySim.Domain.Changes;
using DiplomacySim.Domain.Members;
using DiplomacySim.Server.Errors;
using DiplomacySim.Server.Events;
using DiplomacySim.Server.Play;
using Mediator;

namespace DiplomacySim.Server.Features.Members.RemoveMember;

public sealed record RemoveMemberCommand(string Game, string UserName) : IGameCommand<Unit>;

/// <summary>
/// A member leaves, or a GM removes one: load the roster → <see cref="Seating.Remove"/> (their ministries
/// fall vacant; never the last GM) → record. Their open hub connections stop at once: the row's removal
/// moves the game's WorldVersion and the relay finds no viewer for them any more.
/// </summary>
public sealed class RemoveMemberHandler(CurrentGame current, ViewerLookup viewers, Rosters rosters, ChangeRecorder recorder)
    : ICommandHandler<RemoveMemberCommand, Unit>
{
    public async ValueTask<Unit> Handle(RemoveMemberCommand command, CancellationToken cancellationToken)
    {
        var game = current.Game;
        var viewer = await viewers.ForGameAsync(game, cancellationToken);
        var by = await rosters.CallerAsync(cancellationToken);
        var leaving = string.Equals(command.UserName, by.UserName, StringComparison.Ordinal);
        if (!leaving && !viewer.IsGameMaster)
            throw ViewerLookup.GameMasterOnly("remove its other members");

        var roster = await rosters.LoadAsync(game, cancellationToken);
        var who = (leaving ? by : await rosters.ByNameAsync(command.UserName, cancellationToken)) is { } person && roster.IsMember(person.UserId)
            ? person
            : throw new NotFoundException("MEMBER_NOT_FOUND", $"'{command.UserName}' is not a member of this game. GET .../members lists them.");

        var outcome = new Outcome();
        Seating.Remove(roster, who, by, note: null, outcome);
        recorder.Record(game, outcome);
        return Unit.Value;
    }
}
