using DiplomacySim.Domain.Naming;
using DiplomacySim.Domain.World;
using static System.FormattableString;

namespace DiplomacySim.Domain.Scenarios;

public static partial class ScenarioValidator
{
    private static ScenarioNations CheckNations(List<NationDefinition>? nations, ScenarioErrorList errors)
    {
        var known = new ScenarioNations();
        if (nations is not { Count: >= 2 })
            errors.Add("nations", "a scenario needs at least two nations.");
        if (nations is null)
            return known;

        // Codes first: a nation may name as its rival a nation listed after it.
        var names = new ScenarioNameRegister();
        var firstWithCode = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < nations.Count; i++)
        {
            if (nations[i]?.Code is not { } code || string.IsNullOrWhiteSpace(code) || !firstWithCode.TryAdd(code, i))
                continue;
            names.Register(code, new(i, code, At("nations", i, "code")));
            known.Add(code, (nations[i].Ministries ?? []).Where(m => m?.Kind is not null).Select(m => m.Kind!.Value));
        }

        for (var i = 0; i < nations.Count; i++)
        {
            var nation = nations[i];
            var at = At("nations", i);
            if (!errors.RequireEntry(nation, at))
                continue;
            CheckNationCode(nation.Code, i, firstWithCode, errors);
            CheckNationNames(nation, i, names, errors);
            if (CheckCode(nation.Region, $"{at}.region", "southeast-asia", errors))
                CheckInterests(nation, at, errors);
            CheckRivals(nation, at, known, errors);
            for (var b = 0; b < (nation.Blocs?.Count ?? 0); b++)
                CheckCode(nation.Blocs![b], Invariant($"{at}.blocs[{b}]"), "asean", errors);
            CheckMinistries(nation.Ministries, $"{at}.ministries", errors);
        }
        return known;
    }

    private static void CheckNationCode(string? code, int i, Dictionary<string, int> firstWithCode, ScenarioErrorList errors)
    {
        var field = At("nations", i, "code");
        if (!errors.Require(code, field))
            return;
        if (!ScenarioPatterns.NationCode().IsMatch(code))
            errors.Add(field, $"\"{code}\" is not a nation code: use 3 capital letters, like \"VNM\" (ISO 3166-1 alpha-3 where there is one).");
        if (firstWithCode[code] != i)
            errors.Add(field, Invariant($"\"{code}\" is also the code of nations[{firstWithCode[code]}]; each nation needs a code of its own."));
    }

    private static void CheckNationNames(NationDefinition nation, int i, ScenarioNameRegister names, ScenarioErrorList errors)
    {
        var at = At("nations", i);
        var label = nation.Code ?? at;
        if (errors.Require(nation.Name, $"{at}.name"))
            CheckName(nation.Name, new(i, label, $"{at}.name"), names, "nation", errors);
        for (var a = 0; a < (nation.Aliases?.Count ?? 0); a++)
        {
            var field = Invariant($"{at}.aliases[{a}]");
            if (errors.Require(nation.Aliases![a], field))
                CheckName(nation.Aliases[a], new(i, label, field), names, "nation", errors);
        }
    }

    /// <summary>Reports a name with nothing to match on, or one that another nation (or installation) already has.</summary>
    private static void CheckName(string name, ScenarioNameRegister.Claim claim, ScenarioNameRegister names, string what, ScenarioErrorList errors)
    {
        if (NameKey.Of(name).Length == 0)
            errors.Add(claim.Field, $"\"{name}\" has no letters or digits to match on.");
        else if (names.Register(name, claim) is { } earlier)
            errors.Add(claim.Field, $"\"{name}\" is also a name of {earlier.OwnerLabel} ({earlier.Field}); a letter using it could mean either {what}.");
    }

    private static void CheckInterests(NationDefinition nation, string at, ScenarioErrorList errors)
    {
        for (var r = 0; r < (nation.Interests?.Count ?? 0); r++)
        {
            var interest = nation.Interests![r];
            var field = Invariant($"{at}.interests[{r}]");
            if (CheckCode(interest, field, "southeast-asia", errors) && interest == nation.Region)
                errors.Add(field, $"\"{interest}\" is the nation's own region, which it always watches; interests list the regions beyond it.");
        }
    }

    private static void CheckRivals(NationDefinition nation, string at, ScenarioNations known, ScenarioErrorList errors)
    {
        for (var r = 0; r < (nation.Rivals?.Count ?? 0); r++)
        {
            var rival = nation.Rivals![r];
            var field = Invariant($"{at}.rivals[{r}]");
            if (known.CheckReference(rival, field, errors) && rival == nation.Code)
                errors.Add(field, "a nation cannot be its own rival.");
        }
    }

    private static void CheckMinistries(List<MinistryDefinition>? ministries, string field, ScenarioErrorList errors)
    {
        if (ministries is not { Count: > 0 })
        {
            errors.Add(field, "a nation needs at least one ministry (foreignAffairs, so that letters can reach it).");
            return;
        }
        var firstOfKind = new Dictionary<MinistryKind, int>();
        for (var m = 0; m < ministries.Count; m++)
        {
            var ministry = ministries[m];
            var at = Invariant($"{field}[{m}]");
            if (!errors.RequireEntry(ministry, at))
                continue;
            if (errors.Require(ministry.Kind, $"{at}.kind") && !firstOfKind.TryAdd(ministry.Kind.Value, m))
                errors.Add($"{at}.kind", Invariant($"a second {ScenarioErrorList.Name(ministry.Kind.Value)} ministry (the first is {field}[{firstOfKind[ministry.Kind.Value]}]); a nation has at most one of each kind."));
            errors.Require(ministry.Title, $"{at}.title");
        }
    }
}
