using DiplomacySim.Server.Data.Identity;
using DiplomacySim.Server.Errors;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace DiplomacySim.Server.Features.Accounts.Login;

public sealed record LoginCommand(string UserName, string Password) : ICommand<LoginResult>;

public sealed record LoginResult(string AccessToken, long ExpiresIn, string TokenType = "Bearer");

/// <summary>
/// Checks the password, throttled per account and address (<see cref="LoginThrottle"/>) rather than by
/// locking the account, so that a rival's wrong guesses never keep the owner out.
/// </summary>
public sealed class LoginHandler(UserManager<User> users, SignInManager<User> signIn, TokenIssuer tokens, LoginThrottle throttle, IHttpContextAccessor http)
    : ICommandHandler<LoginCommand, LoginResult>
{
    public async ValueTask<LoginResult> Handle(LoginCommand command, CancellationToken cancellationToken)
    {
        var address = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        if (throttle.WaitBeforeTrying(command.UserName, address) is { } wait)
            throw new TooManyRequestsException("RATE_LIMITED", $"Too many failed logins from this address: try again in {Math.Ceiling(wait.TotalSeconds):N0} s.", wait);

        var user = await users.FindByNameAsync(command.UserName);
        // One answer for an unknown user and a wrong password, so the login does not reveal who has an account.
        var check = user is null ? SignInResult.Failed : await signIn.CheckPasswordSignInAsync(user, command.Password, lockoutOnFailure: false);
        if (!check.Succeeded || user is null)
        {
            throttle.Failed(command.UserName, address);
            throw new UnauthorizedException("INVALID_CREDENTIALS", "The user name or password is wrong.");
        }
        throttle.Succeeded(command.UserName, address);

        var token = await tokens.IssueAsync(user);
        return new LoginResult(token.AccessToken, token.ExpiresIn);
    }
}
