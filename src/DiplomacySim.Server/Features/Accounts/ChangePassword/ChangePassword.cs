using DiplomacySim.Server.Access;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Data.Identity;
using DiplomacySim.Server.Errors;
using DiplomacySim.Server.Features.Accounts.Login;
using DiplomacySim.Server.Play;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace DiplomacySim.Server.Features.Accounts.ChangePassword;

public sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword) : ICommand;

/// <summary>
/// Changes the password when the current one is given, and so signs out every token issued before,
/// this one included (a thief's copy must not outlive the change). Wrong current passwords count
/// against the login throttle, as wrong logins do.
/// </summary>
public sealed class ChangePasswordHandler(UserManager<User> users, GameDbContext db, CurrentUser current, TokenRevocation revocation, LoginThrottle throttle, IHttpContextAccessor http)
    : ICommandHandler<ChangePasswordCommand>
{
    public async ValueTask<Unit> Handle(ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(current.Id)
            ?? throw new UnauthorizedException("TOKEN_REVOKED", "The account of this token no longer exists.");
        var address = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        if (throttle.WaitBeforeTrying(user.UserName!, address) is { } wait)
            throw new TooManyRequestsException("RATE_LIMITED", $"Too many wrong passwords from this address: try again in {Math.Ceiling(wait.TotalSeconds):N0} s.", wait);
        if (!await users.CheckPasswordAsync(user, command.CurrentPassword))
        {
            throttle.Failed(user.UserName!, address);
            throw new ValidationException([new ValidationFailure(nameof(command.CurrentPassword), "The current password is wrong.")]);
        }
        throttle.Succeeded(user.UserName!, address);

        var changed = await revocation.ChangeStampAsync(db, user, () => users.ChangePasswordAsync(user, command.CurrentPassword, command.NewPassword), cancellationToken);
        if (!changed.Succeeded)
            throw IdentityProblems.From(changed, passwordField: nameof(command.NewPassword));
        return Unit.Value;
    }
}

public sealed class ChangePasswordValidator : AbstractValidator<ChangePasswordCommand>
{
    public ChangePasswordValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().MaximumLength(256);
        RuleFor(c => c.NewPassword).NotEmpty().MaximumLength(256);
    }
}
