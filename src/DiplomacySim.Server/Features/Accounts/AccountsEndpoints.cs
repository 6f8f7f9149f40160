using DiplomacySim.Server.Features.Accounts.ChangePassword;
using DiplomacySim.Server.Features.Accounts.DemoAccounts;
using DiplomacySim.Server.Features.Accounts.Login;
using DiplomacySim.Server.Features.Accounts.Me;
using DiplomacySim.Server.Features.Accounts.Register;
using DiplomacySim.Server.Features.Accounts.SignOutEverywhere;
using Mediator;

namespace DiplomacySim.Server.Features.Accounts;

internal static class AccountsEndpoints
{
    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Accounts");
        auth.MapPost("/login", async (LoginCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command, ct)))
            .AllowAnonymous()
            .WithSummary("Exchanges a user name and password for a bearer token.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        auth.MapGet("/demo", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetDemoAccountsQuery(), ct)))
            .AllowAnonymous()
            .WithSummary("Whether the server runs the demo, its accounts and (when it is the documented one) their password, for the sign-in page.");
        auth.MapPost("/register", async (RegisterCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Created((Uri?)null, await mediator.Send(command, ct)))
            .AllowAnonymous()
            .WithSummary("Makes an account (Identity's password policy applies); sign in with it through /login. A setupCode from the start-up log makes it the server's operator.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        auth.MapGet("/me", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetMeQuery(), ct)))
            .RequireAuthorization()
            .WithSummary("The signed-in account: user name, display name, and whether it is the server's operator.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        auth.MapPost("/password", async (ChangePasswordCommand command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization()
            .WithSummary("Changes the password. Every token issued before, this one included, is refused afterwards: sign in again with the new password.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        auth.MapPost("/sign-out-everywhere", async (IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new SignOutEverywhereCommand(), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization()
            .WithSummary("Signs out every token of the account issued until now, this one included, on HTTP and on the hub (open connections are closed).")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return app;
    }
}
