using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Errors;
using DiplomacySim.Server.Features.Games.ListGames;
using DiplomacySim.Server.Play;
using FluentValidation;
using Mediator;

namespace DiplomacySim.Server.Features.Games.DescribeGame;

/// <summary>The body of <c>PATCH /api/games/{game}</c>: what is given changes, what is left out stays.</summary>
public sealed record GameDescription(string? Title, string? Description, GameVisibility? Visibility, JoinPolicy? JoinPolicy);

public sealed record DescribeGameCommand(string Game, GameDescription Change) : ICommand<GameSummary>;

public sealed class DescribeGameValidator : AbstractValidator<DescribeGameCommand>
{
    public DescribeGameValidator()
    {
        RuleFor(c => c.Change.Title).Must(t => t is null || t.Trim().Length > 0).WithMessage("A campaign's title cannot be blank.")
            .MaximumLength(200).OverridePropertyName("title");
        RuleFor(c => c.Change.Description).MaximumLength(CreateGame.CreateGameValidator.DescriptionLength).OverridePropertyName("description");
        RuleFor(c => c.Change.Visibility).IsInEnum().OverridePropertyName("visibility");
        RuleFor(c => c.Change.JoinPolicy).IsInEnum().OverridePropertyName("joinPolicy");
    }
}

/// <summary>A GM changes the campaign's listing, who may read it and how players join.</summary>
public sealed class DescribeGameHandler(GameDbContext db, ViewerLookup viewers) : ICommandHandler<DescribeGameCommand, GameSummary>
{
    public async ValueTask<GameSummary> Handle(DescribeGameCommand command, CancellationToken cancellationToken)
    {
        var game = await db.FindGameAsync(command.Game, cancellationToken);
        var viewer = await viewers.GameMasterAsync(game, "change its description, visibility or join policy", cancellationToken);

        var change = command.Change;
        game.Describe(change.Title?.Trim() ?? game.Title, change.Description ?? game.Description,
            change.Visibility ?? game.Visibility, change.JoinPolicy ?? game.JoinPolicy);
        await db.SaveChangesAsync(cancellationToken);
        return GameSummary.Of(game, "gameMaster");
    }
}
