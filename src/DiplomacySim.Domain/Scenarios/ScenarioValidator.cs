using static System.FormattableString;

namespace DiplomacySim.Domain.Scenarios;

/// <summary>
/// Checks a scenario as read from its file before anything is built from it. Every problem is reported,
/// each with its field path, so that an author fixes a file in one pass; the importer then relies on
/// what is checked here (required fields present, every reference resolving, no pair listed twice).
/// The rules are listed in seeds/README.md.
/// </summary>
public static partial class ScenarioValidator
{
    public static IReadOnlyList<ScenarioError> Validate(string fileName, ScenarioDefinition scenario)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(scenario);

        var errors = new ScenarioErrorList(fileName);
        CheckGame(scenario, errors);
        var nations = CheckNations(scenario.Nations, errors);
        CheckInstallations(scenario.Installations, nations, errors);
        CheckMissions(scenario.Missions, nations, errors);
        CheckOpinions(scenario.Opinions, nations, errors);
        CheckEmbargoes(scenario.Embargoes, nations, errors);
        CheckAccounts(scenario.Accounts, nations, errors);
        return errors.Errors;
    }

    private static void CheckGame(ScenarioDefinition scenario, ScenarioErrorList errors)
    {
        if (errors.Require(scenario.Slug, "slug") && !ScenarioPatterns.Slug().IsMatch(scenario.Slug))
            errors.Add("slug", $"\"{scenario.Slug}\" is not a slug: use 3 to 64 lowercase letters, digits and hyphens, starting and ending with a letter or digit, like \"rus-vnm-2018\".");
        errors.Require(scenario.Title, "title");
        errors.Require(scenario.InGameDate, "inGameDate");
        // Null means the default ruleset; a name given must be safe to use as a file name under seeds/rulesets.
        if (scenario.Ruleset is { } ruleset && !IsCode(ruleset))
            errors.Add("ruleset", $"\"{ruleset}\" is not a ruleset name: use lowercase letters, digits and hyphens (the file seeds/rulesets/<name>.json), or leave it out for \"default\".");
    }

    private static bool IsCode(string value) =>
        value.Length <= ScenarioPatterns.MaxCodeLength && ScenarioPatterns.Code().IsMatch(value);

    /// <summary>Reports a missing or malformed lowercase code (region, interest, bloc); true when it is well formed.</summary>
    private static bool CheckCode(string? value, string field, string example, ScenarioErrorList errors)
    {
        if (!errors.Require(value, field))
            return false;
        if (IsCode(value))
            return true;
        errors.Add(field, $"\"{value}\" is not a code: use lowercase letters, digits and hyphens, like \"{example}\".");
        return false;
    }

    /// <summary>The path of an entry of a list, or of one of its properties: <c>nations[3].code</c>.</summary>
    private static string At(string list, int index, string? property = null) =>
        property is null ? Invariant($"{list}[{index}]") : Invariant($"{list}[{index}].{property}");
}
