using DiplomacySim.Server.Features.Accounts.DemoAccounts;
using DiplomacySim.Server.Features.Accounts.Login;
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
        return app;
    }
}
