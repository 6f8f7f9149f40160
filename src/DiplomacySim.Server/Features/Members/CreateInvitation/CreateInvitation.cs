using System.Buffers.Text;
using System.Security.Cryptography;
using DiplomacySim.Domain.Members;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Play;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Members.CreateInvitation;

/// <summary>The body of <c>POST .../invitations</c>.</summary>
public sealed record InvitationInput(GameRole? Role, int? ExpiresInDays, int? MaxUses, string? Nation);

public sealed record CreateInvitationCommand(string Game, InvitationInput Input) : IGameCommand<CreatedInvitation>;

/// <summary>The new invitation's code and the browser's link for it.</summary>
public sealed record CreatedInvitation(string Code, string Url);

public sealed class CreateInvitationValidator : AbstractValidator<CreateInvitationCommand>
{
    public const int MaxDays = 365;
    public const int MaxUses = 1_000;

    public CreateInvitationValidator()
    {
        RuleFor(c => c.Input.Role).NotNull().WithMessage("Say the role it gives: player, spectator or gameMaster.")
            .IsInEnum().OverridePropertyName("role");
        RuleFor(c => c.Input.ExpiresInDays).NotNull().InclusiveBetween(1, MaxDays)
            .WithMessage($"An invitation lasts 1 to {MaxDays} days.").OverridePropertyName("expiresInDays");
        RuleFor(c => c.Input.MaxUses).NotNull().InclusiveBetween(1, MaxUses)
            .WithMessage($"An invitation may be used 1 to {MaxUses:N0} times.").OverridePropertyName("maxUses");
        RuleFor(c => c.Input.Nation).MaximumLength(8).OverridePropertyName("nation");
        RuleFor(c => c.Input.Nation).Null().When(c => c.Input.Role is not GameRole.Player)
            .WithMessage("Only a player invitation names a nation.").OverridePropertyName("nation");
    }
}

/// <summary>
/// A GM makes an invitation link: 128 random bits as the code (base64url, 22 characters), so it can be
/// neither guessed nor counted through. Making one changes no member, so it logs nothing.
/// </summary>
public sealed class CreateInvitationHandler(GameDbContext db, CurrentGame current, ViewerLookup viewers, TimeProvider clock)
    : ICommandHandler<CreateInvitationCommand, CreatedInvitation>
{
    public async ValueTask<CreatedInvitation> Handle(CreateInvitationCommand command, CancellationToken cancellationToken)
    {
        var game = current.Game;
        var viewer = await viewers.GameMasterAsync(game, "invite people to it", cancellationToken);

        var input = command.Input;
        var nation = input.Nation;
        if (nation is not null && !await db.Nations.AnyAsync(n => n.GameId == game.Id && n.Code == nation, cancellationToken))
            throw new SeatingException(SeatingException.NationUnknown, $"This game has no nation '{nation}'.");

        var code = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        var now = clock.GetUtcNow();
        db.Invitations.Add(new Invitation(code, game.Id, input.Role!.Value, nation, input.MaxUses!.Value, now, now.AddDays(input.ExpiresInDays!.Value), viewer.UserId));
        return new CreatedInvitation(code, Invitations.Url(code));
    }
}
