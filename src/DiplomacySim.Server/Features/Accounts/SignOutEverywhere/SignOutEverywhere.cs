using DiplomacySim.Server.Access;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Data.Identity;
using DiplomacySim.Server.Errors;
using DiplomacySim.Server.Play;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace DiplomacySim.Server.Features.Accounts.SignOutEverywhere;

public sealed record SignOutEverywhereCommand : ICommand;

/// <summary>
/// A new security stamp for the account: every token issued before it, this one included, is refused
/// from now on, and the account's open hub connections are closed (<see cref="TokenRevocation"/>).
/// </summary>
public sealed class SignOutEverywhereHandler(UserManager<User> users, GameDbContext db, CurrentUser current, TokenRevocation revocation)
    : ICommandHandler<SignOutEverywhereCommand>
{
    public async ValueTask<Unit> Handle(SignOutEverywhereCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(current.Id)
            ?? throw new UnauthorizedException("TOKEN_REVOKED", "The account of this token no longer exists.");
        var changed = await revocation.ChangeStampAsync(db, user, () => users.UpdateSecurityStampAsync(user), cancellationToken);
        if (!changed.Succeeded)
            throw new InvalidOperationException($"The security stamp of {user.UserName} could not be changed: {string.Join("; ", changed.Errors.Select(e => e.Description))}");
        return Unit.Value;
    }
}
