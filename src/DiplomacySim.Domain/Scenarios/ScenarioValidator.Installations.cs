using static System.FormattableString;

namespace DiplomacySim.Domain.Scenarios;

public static partial class ScenarioValidator
{
    private static void CheckInstallations(List<InstallationDefinition>? installations, ScenarioNations nations, ScenarioErrorList errors)
    {
        // Names are unique across the whole file, not only within a host nation: a letter asks for
        // "Cam Ranh" without saying whose it is.
        var names = new ScenarioNameRegister();
        for (var i = 0; i < (installations?.Count ?? 0); i++)
        {
            var installation = installations![i];
            var at = At("installations", i);
            if (!errors.RequireEntry(installation, at))
                continue;
            nations.CheckReference(installation.Nation, $"{at}.nation", errors);
            var label = installation.Name is { } name ? $"\"{name}\"" : at;
            if (errors.Require(installation.Name, $"{at}.name"))
                CheckName(installation.Name, new(i, label, $"{at}.name"), names, "installation", errors);
            for (var a = 0; a < (installation.Aliases?.Count ?? 0); a++)
            {
                var field = Invariant($"{at}.aliases[{a}]");
                if (errors.Require(installation.Aliases![a], field))
                    CheckName(installation.Aliases[a], new(i, label, field), names, "installation", errors);
            }
            errors.Require(installation.Kind, $"{at}.kind");
            CheckPersonnel(installation, at, errors);
        }
    }

    private static void CheckPersonnel(InstallationDefinition installation, string at, ScenarioErrorList errors)
    {
        if (errors.Require(installation.Capacity, $"{at}.capacity") && installation.Capacity < 0)
            errors.Add($"{at}.capacity", Invariant($"is {installation.Capacity}; a capacity is 0 or more."));
        // Missing means nobody foreign is stationed there yet.
        if (installation.ForeignPersonnel is not { } present)
            return;
        if (present < 0)
            errors.Add($"{at}.foreignPersonnel", Invariant($"is {present}; the personnel present are 0 or more."));
        else if (installation.Capacity is >= 0 and var capacity && present > capacity)
            errors.Add($"{at}.foreignPersonnel", Invariant($"is {present}, more than the capacity of {capacity}."));
    }
}
