using DiplomacySim.Server.Hosting;

namespace DiplomacySim.Server.Access;

/// <summary>The "Accounts" section: who may make an account, and who runs the server.</summary>
public sealed record AccountsOptions(bool OpenRegistration, IReadOnlyList<string> Operators)
{
    public const string Section = "Accounts";

    /// <summary>Read once at start-up; a value that is not a boolean stops the server with a message saying so.</summary>
    public static AccountsOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var open = section["OpenRegistration"] switch
        {
            null or "" => true,
            var text when bool.TryParse(text, out var value) => value,
            var text => throw new StartupProblem($"Accounts:OpenRegistration is '{text}': set it to true (anyone may register) or false (only the operator's setup code registers)."),
        };
        var operators = section.GetSection("Operators").Get<string[]>() ?? [];
        return new AccountsOptions(open, [.. operators.Where(name => !string.IsNullOrWhiteSpace(name)).Select(name => name.Trim())]);
    }
}

/// <summary>Who may create a campaign (<c>Games:CreationPolicy</c>).</summary>
public enum CampaignCreationPolicy
{
    /// <summary>Every signed-in account: a community's GM creates its own campaign.</summary>
    Anyone,

    /// <summary>Only the server's operators, for a server run for one community.</summary>
    Operators,
}

/// <summary>The "Games" section.</summary>
public sealed record GamesOptions(CampaignCreationPolicy CreationPolicy)
{
    public const string Section = "Games";

    public static GamesOptions From(IConfiguration configuration) => configuration[$"{Section}:CreationPolicy"] switch
    {
        null or "" => new GamesOptions(CampaignCreationPolicy.Anyone),
        var text when text.Equals("anyone", StringComparison.OrdinalIgnoreCase) => new GamesOptions(CampaignCreationPolicy.Anyone),
        var text when text.Equals("operators", StringComparison.OrdinalIgnoreCase) => new GamesOptions(CampaignCreationPolicy.Operators),
        var text => throw new StartupProblem($"Games:CreationPolicy is '{text}': set it to 'anyone' (every account may create a campaign) or 'operators'."),
    };
}
