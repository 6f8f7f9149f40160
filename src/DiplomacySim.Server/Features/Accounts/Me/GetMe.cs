using DiplomacySim.Server.Access;
using DiplomacySim.Server.Data.Identity;
using DiplomacySim.Server.Errors;
using DiplomacySim.Server.Play;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace DiplomacySim.Server.Features.Accounts.Me;

public sealed record GetMeQuery : IQuery<MeResult>;

public sealed record MeResult(string UserName, string DisplayName, bool IsOperator);

/// <summary>Who the token belongs to, for a client's header line and its operator-only screens.</summary>
public sealed class GetMeHandler(UserManager<User> users, CurrentUser current, ServerOperators operators) : IQueryHandler<GetMeQuery, MeResult>
{
    public async ValueTask<MeResult> Handle(GetMeQuery query, CancellationToken cancellationToken)
    {
        // A deleted account's token is already refused (TokenRevocation); this covers a deletion in between.
        var user = await users.FindByIdAsync(current.Id)
            ?? throw new UnauthorizedException("TOKEN_REVOKED", "The account of this token no longer exists.");
        return new MeResult(user.UserName!, user.DisplayName, operators.IsOperator(user));
    }
}
