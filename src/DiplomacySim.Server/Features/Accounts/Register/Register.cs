using DiplomacySim.Server.Access;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Data.Identity;
using DiplomacySim.Server.Errors;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Accounts.Register;

/// <param name="SetupCode">The operator's one-time setup code from the server's start-up log, when this account is to run the server.</param>
public sealed record RegisterCommand(string UserName, string Password, string DisplayName, string? SetupCode = null) : ICommand<RegisterResult>;

public sealed record RegisterResult(string UserName);

/// <summary>
/// Makes an account under Identity's password policy. With <c>Accounts:OpenRegistration</c> false only
/// the operator's setup code registers, and only while the server has no operator.
/// </summary>
public sealed class RegisterHandler(UserManager<User> users, GameDbContext db, AccountsOptions accounts, OperatorSetup setup)
    : ICommandHandler<RegisterCommand, RegisterResult>
{
    public async ValueTask<RegisterResult> Handle(RegisterCommand command, CancellationToken cancellationToken)
    {
        if (command.SetupCode is { Length: > 0 } code)
        {
            using var claim = await setup.ClaimAsync(code, db, cancellationToken)
                ?? throw new ForbiddenException("SETUP_CODE_NOT_VALID", "The setup code is not this server's, or it has been used: the server has an operator already.");
            await CreateAsync(command, isOperator: true);
            claim.Used();
        }
        else if (!accounts.OpenRegistration)
        {
            throw new ForbiddenException("REGISTRATION_CLOSED", "This server does not take new accounts (Accounts:OpenRegistration is false): ask its operator.");
        }
        else
        {
            await CreateAsync(command, isOperator: false);
        }
        return new RegisterResult(command.UserName);
    }

    private async Task CreateAsync(RegisterCommand command, bool isOperator)
    {
        var user = new User(command.UserName) { DisplayName = command.DisplayName.Trim(), IsOperator = isOperator };
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(user, command.Password);
        }
        catch (DbUpdateException)
        {
            // Two registrations of one name at once: Identity checked before either was stored, the unique index did not.
            db.ChangeTracker.Clear();
            if (await users.FindByNameAsync(command.UserName) is not null)
                throw IdentityProblems.UserNameTaken();
            throw;
        }
        if (!created.Succeeded)
            throw IdentityProblems.From(created, passwordField: "Password");
    }
}
