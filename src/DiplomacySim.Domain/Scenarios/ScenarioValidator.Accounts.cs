using DiplomacySim.Domain.World;
using static System.FormattableString;

namespace DiplomacySim.Domain.Scenarios;

public static partial class ScenarioValidator
{
    /// <summary>As long as an account's display name may be on the server.</summary>
    public const int MaxDisplayNameLength = 100;

    private static void CheckAccounts(List<AccountDefinition>? accounts, ScenarioNations nations, ScenarioErrorList errors)
    {
        // User names are lowercase by rule; comparing without case also catches "RUS.MFA" beside "rus.mfa".
        var firstWithName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var holders = new Dictionary<(string Nation, MinistryKind Kind), (int Account, string? UserName)>();
        for (var i = 0; i < (accounts?.Count ?? 0); i++)
        {
            var account = accounts![i];
            var at = At("accounts", i);
            if (!errors.RequireEntry(account, at))
                continue;
            if (errors.Require(account.UserName, $"{at}.userName"))
            {
                if (!ScenarioPatterns.UserName().IsMatch(account.UserName))
                    errors.Add($"{at}.userName", $"\"{account.UserName}\" is not a user name: use 2 to 32 lowercase letters, digits, dots, hyphens and underscores, like \"vnm.mfa\".");
                if (!firstWithName.TryAdd(account.UserName, i))
                    errors.Add($"{at}.userName", Invariant($"\"{account.UserName}\" is also the user name of accounts[{firstWithName[account.UserName]}]."));
            }
            if (account.DisplayName is { } displayName && (displayName.Trim().Length == 0 || displayName.Length > MaxDisplayNameLength || displayName.Any(char.IsControl)))
                errors.Add($"{at}.displayName", Invariant($"a display name is one line of 1 to {MaxDisplayNameLength} characters, not only spaces."));
            if (account.Spectator && (account.GameMaster || account.Holds is { Count: > 0 }))
                errors.Add($"{at}.spectator", "a spectator only watches: it is neither a game master nor the holder of a ministry.");
            for (var h = 0; h < (account.Holds?.Count ?? 0); h++)
                CheckHold(account.Holds![h], (i, account.UserName), Invariant($"{at}.holds[{h}]"), nations, holders, errors);
        }
    }

    private static void CheckHold(
        MinistryRef? held,
        (int Account, string? UserName) holder,
        string at,
        ScenarioNations nations,
        Dictionary<(string Nation, MinistryKind Kind), (int Account, string? UserName)> holders,
        ScenarioErrorList errors)
    {
        if (!errors.RequireEntry(held, at))
            return;
        var nationKnown = nations.CheckReference(held.Nation, $"{at}.nation", errors);
        if (!errors.Require(held.Kind, $"{at}.kind") || !nationKnown)
            return;
        var kind = ScenarioErrorList.Name(held.Kind.Value);
        if (!nations.Has(held.Nation!, held.Kind.Value))
            errors.Add($"{at}.kind", $"{held.Nation} has no {kind} ministry in this file.");
        else if (!holders.TryAdd((held.Nation!, held.Kind.Value), holder))
        {
            var first = holders[(held.Nation!, held.Kind.Value)];
            errors.Add(at, Invariant($"{held.Nation}'s {kind} ministry is already held by accounts[{first.Account}] (\"{first.UserName}\"); a ministry has one holder."));
        }
    }
}
