using DiplomacySim.Server.Data.Identity;
using DiplomacySim.Server.Errors;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace DiplomacySim.Server.Features.Accounts.Login;

public sealed record LoginCommand(string UserName, string Password) : ICommand<LoginResult>;

public sealed record LoginResult(string AccessToken, long ExpiresIn, string TokenType = "Bearer");

public sealed class LoginHandler(UserManager<User> users, SignInManager<User> signIn, TokenIssuer tokens) : ICommandHandler<LoginCommand, LoginResult>
{
    public async ValueTask<LoginResult> Handle(LoginCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByNameAsync(command.UserName);
        // One answer for an unknown user and a wrong password, so the login does not reveal who has an account.
        var check = user is null ? SignInResult.Failed : await signIn.CheckPasswordSignInAsync(user, command.Password, lockoutOnFailure: true);
        if (check.IsLockedOut)
            throw new UnauthorizedException("ACCOUNT_LOCKED_OUT", "Too many failed logins: the account is locked for a few minutes.");
        if (!check.Succeeded || user is null)
            throw new UnauthorizedException("INVALID_CREDENTIALS", "The user name or password is wrong.");

        var token = await tokens.IssueAsync(user);
        return new LoginResult(token.AccessToken, token.ExpiresIn);
    }
}
