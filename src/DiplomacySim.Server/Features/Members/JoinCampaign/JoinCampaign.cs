using DiplomacySim.Domain.Changes;
using DiplomacySim.Domain.Members;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Events;
using DiplomacySim.Server.Play;
using Mediator;

namespace DiplomacySim.Server.Features.Members.JoinCampaign;

public sealed record JoinCampaignCommand(string Game) : IGameCommand<Membership>;

/// <summary>
/// A signed-in user joins a public or unlisted campaign as a spectator (for an unlisted one the link is
/// the secret). A private campaign is 404 to a non-member, as on every route; a member stays as they are.
/// </summary>
public sealed class JoinCampaignHandler(CurrentGame current, Rosters rosters, ChangeRecorder recorder) : ICommandHandler<JoinCampaignCommand, Membership>
{
    public async ValueTask<Membership> Handle(JoinCampaignCommand command, CancellationToken cancellationToken)
    {
        var game = current.Game;
        var caller = await rosters.CallerAsync(cancellationToken);
        var roster = await rosters.LoadAsync(game, cancellationToken);
        if (roster.RoleOf(caller.UserId) is { } role)
            return new Membership(game.Slug, role);
        if (game.Visibility == GameVisibility.Private)
            throw GameLookup.NotFound(command.Game);

        var outcome = new Outcome();
        var joined = Seating.Admit(roster, caller, GameRole.Spectator, caller, note: null, outcome);
        recorder.Record(game, outcome);
        return new Membership(game.Slug, joined);
    }
}
