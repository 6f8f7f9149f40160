using DiplomacySim.Server.Data.Identity;
using DiplomacySim.Server.Errors;
using Microsoft.AspNetCore.Identity;

namespace DiplomacySim.Server.Access;

/// <summary>Who may create a campaign, by <c>Games:CreationPolicy</c>; the campaign creation route asks here first.</summary>
public sealed class CampaignCreation(GamesOptions options, ServerOperators operators, UserManager<User> users)
{
    public async Task EnsureMayCreateAsync(string userId, CancellationToken cancellationToken)
    {
        if (options.CreationPolicy == CampaignCreationPolicy.Anyone)
            return;
        cancellationToken.ThrowIfCancellationRequested();
        if (await users.FindByIdAsync(userId) is not { } user || !operators.IsOperator(user))
            throw new ForbiddenException("OPERATORS_ONLY", "On this server only its operators create campaigns (Games:CreationPolicy is 'operators').");
    }
}
