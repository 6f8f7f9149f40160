using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Changes;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Errors;
using DiplomacySim.Server.Events;
using DiplomacySim.Server.Pipeline;
using DiplomacySim.Server.Play;
using FluentValidation;
using Mediator;

namespace DiplomacySim.Server.Features.Agreements.RuleOnAgreement;

public sealed record RulingInput(string? Ruling);

public enum RulingDecision
{
    Ratify,
    Veto,
}

/// <summary>A GM ratifies or vetoes a pending agreement with a written ruling.</summary>
public sealed record RuleOnAgreementCommand(string Game, Guid Agreement, RulingDecision Decision, RulingInput Ruling) : IGameCommand<AgreementView>, IHasInput
{
    object? IHasInput.Input => Ruling;
}

public sealed class RulingInputValidator : AbstractValidator<RulingInput>
{
    public RulingInputValidator() =>
        RuleFor(r => r.Ruling).NotEmpty().WithMessage("Write the ruling: players read why the agreement stands or falls.")
            .MaximumLength(Limits.RulingLength);
}

public sealed class RuleOnAgreementHandler(GameDbContext db, CurrentGame current, ViewerLookup viewers, WorldLoader worlds, ChangeRecorder recorder)
    : ICommandHandler<RuleOnAgreementCommand, AgreementView>
{
    public async ValueTask<AgreementView> Handle(RuleOnAgreementCommand command, CancellationToken cancellationToken)
    {
        var game = current.Game;
        var viewer = await viewers.GameMasterAsync(game, "ratify or veto agreements", cancellationToken);

        var world = await worlds.LoadAsync(game, cancellationToken);
        var agreement = world.AgreementsToChange.SingleOrDefault(a => a.Id == command.Agreement)
            ?? await db.Agreements.FindAsync([command.Agreement], cancellationToken);
        if (agreement is null || agreement.GameId != game.Id)
            throw NotFound.Agreement(command.Agreement);

        if (Impartiality.Refusal(viewer, agreement, world.NameOf) is { } conflict)
            throw new ForbiddenException(Impartiality.ConflictOfInterest, conflict);

        var ruling = command.Ruling.Ruling!.Trim();
        var outcome = new Outcome();
        try
        {
            if (command.Decision == RulingDecision.Ratify)
                Treaty.Ratify(world, outcome, agreement, ruling, viewer.UserId);
            else
                Treaty.Veto(world, outcome, agreement, ruling, viewer.UserId);
        }
        catch (AgreementStateException state)
        {
            throw new ConflictException(state.Code, state.Message);
        }
        recorder.Record(game, outcome);
        return (await db.ToViewsAsync([agreement], viewer, cancellationToken))[0];
    }
}
