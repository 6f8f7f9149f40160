using System.Text.Json;
using System.Text.Json.Serialization;
using DiplomacySim.Domain.Changes;
using DiplomacySim.Domain.Members;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Errors;
using DiplomacySim.Server.Events;
using DiplomacySim.Server.Play;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.World.ChangeNation;

/// <summary>
/// The body of <c>PATCH .../nations/{code}</c>. Only <c>claimStatus</c> can be changed so far (API.md's
/// "world while it plays" names the route for the rest); any other field is collected in
/// <see cref="Others"/> and refused, rather than silently ignored as if it had been applied.
/// </summary>
public sealed record NationChange(ClaimStatus? ClaimStatus, string? Note)
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Others { get; init; }
}

public sealed record ChangeNationCommand(string Game, string Code, NationChange Change) : IGameCommand<NationChanges>;

/// <summary>The nation after the change.</summary>
public sealed record NationChanges(string Code, string Name, ClaimStatus ClaimStatus);

public sealed class ChangeNationValidator : AbstractValidator<ChangeNationCommand>
{
    public ChangeNationValidator()
    {
        RuleFor(c => c.Change.ClaimStatus).NotNull().WithMessage("Say the nation's claimStatus: open, applicationOnly or reserved.")
            .IsInEnum().OverridePropertyName("claimStatus");
        RuleFor(c => c.Change.Note).MaximumLength(Limits.ClaimNoteLength).OverridePropertyName("note");
        RuleFor(c => c.Change.Others).Must(o => o is null || o.Count == 0)
            .WithMessage(c => $"Only a nation's claimStatus can be changed for now, not {string.Join(", ", c.Change.Others!.Keys)}.")
            .OverridePropertyName("nation");
    }
}

/// <summary>A GM sets a nation's claim status: load the nation → <see cref="Claiming.SetClaimStatus"/> → record → the nation.</summary>
public sealed class ChangeNationHandler(GameDbContext db, CurrentGame current, ViewerLookup viewers, Rosters rosters, ChangeRecorder recorder)
    : ICommandHandler<ChangeNationCommand, NationChanges>
{
    public async ValueTask<NationChanges> Handle(ChangeNationCommand command, CancellationToken cancellationToken)
    {
        var game = current.Game;
        await viewers.GameMasterAsync(game, "change its nations", cancellationToken);
        var nation = await db.Nations.SingleOrDefaultAsync(n => n.GameId == game.Id && n.Code == command.Code, cancellationToken)
            ?? throw new NotFoundException("NATION_NOT_FOUND", $"This game has no nation '{command.Code}'. GET /api/games/{{game}} lists them.");
        var by = await rosters.CallerAsync(cancellationToken);

        var outcome = new Outcome();
        Claiming.SetClaimStatus(nation, command.Change.ClaimStatus!.Value, by, command.Change.Note, outcome);
        recorder.Record(game, outcome);
        return new NationChanges(nation.Code, nation.Name, nation.ClaimStatus);
    }
}
