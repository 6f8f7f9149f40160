using DiplomacySim.Server.Seeding;
using Mediator;
using Microsoft.Extensions.Options;

namespace DiplomacySim.Server.Features.Accounts.DemoAccounts;

/// <summary>Whether this server runs the demo, and with which accounts, so the sign-in page advertises them only then.</summary>
public sealed record GetDemoAccountsQuery : IQuery<DemoAccountsView>;

/// <summary>
/// <c>Password</c> is given only when it is the documented default ("diplomacy"): an operator who set
/// another one has not asked for it to be printed on a public page.
/// </summary>
public sealed record DemoAccountsView(bool Enabled, IReadOnlyList<string> Accounts, string? Password);

public sealed class GetDemoAccountsHandler(IOptions<DemoOptions> demo, DemoAccountList accounts) : IQueryHandler<GetDemoAccountsQuery, DemoAccountsView>
{
    public const string DocumentedPassword = "diplomacy";

    public ValueTask<DemoAccountsView> Handle(GetDemoAccountsQuery query, CancellationToken cancellationToken)
    {
        var options = demo.Value;
        return ValueTask.FromResult(options.Enabled
            ? new DemoAccountsView(true, accounts.UserNames, options.Password == DocumentedPassword ? options.Password : null)
            : new DemoAccountsView(false, [], null));
    }
}
