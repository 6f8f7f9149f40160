using DiplomacySim.Domain.Opinions;
using static System.FormattableString;

namespace DiplomacySim.Domain.Scenarios;

public static partial class ScenarioValidator
{
    private static void CheckMissions(List<MissionDefinition>? missions, ScenarioNations nations, ScenarioErrorList errors)
    {
        var firstForPair = new Dictionary<(string From, string To), int>();
        for (var i = 0; i < (missions?.Count ?? 0); i++)
        {
            var mission = missions![i];
            var at = At("missions", i);
            if (!errors.RequireEntry(mission, at))
                continue;
            var pairKnown = CheckPair(mission.From, mission.To, at, "a nation keeps no mission in itself.", nations, errors);
            errors.Require(mission.Status, $"{at}.status");
            if (pairKnown && !firstForPair.TryAdd((mission.From!, mission.To!), i))
                errors.Add(at, Invariant($"the mission from {mission.From} to {mission.To} is already given at missions[{firstForPair[(mission.From!, mission.To!)]}]."));
        }
    }

    private static void CheckOpinions(List<OpinionDefinition>? opinions, ScenarioNations nations, ScenarioErrorList errors)
    {
        for (var i = 0; i < (opinions?.Count ?? 0); i++)
        {
            var opinion = opinions![i];
            var at = At("opinions", i);
            if (!errors.RequireEntry(opinion, at))
                continue;
            CheckPair(opinion.From, opinion.To, at, "a nation has no opinion of itself.", nations, errors);
            if (errors.Require(opinion.Amount, $"{at}.amount") && opinion.Amount is < Opinion.Min or > Opinion.Max)
                errors.Add($"{at}.amount", Invariant($"is {opinion.Amount}; an opinion lies between {Opinion.Min} and {Opinion.Max}."));
            if (errors.Require(opinion.Reason, $"{at}.reason") && !ScenarioPatterns.Reason().IsMatch(opinion.Reason))
                errors.Add($"{at}.reason", $"\"{opinion.Reason}\" is not a reason code: use lowercase words joined by hyphens, like \"south-china-sea-dispute\".");
        }
    }

    private static void CheckEmbargoes(List<EmbargoDefinition>? embargoes, ScenarioNations nations, ScenarioErrorList errors)
    {
        var firstForPair = new Dictionary<(string Imposer, string Target), int>();
        for (var i = 0; i < (embargoes?.Count ?? 0); i++)
        {
            var embargo = embargoes![i];
            var at = At("embargoes", i);
            if (!errors.RequireEntry(embargo, at))
                continue;
            var imposerKnown = nations.CheckReference(embargo.Imposer, $"{at}.imposer", errors);
            var targetKnown = nations.CheckReference(embargo.Target, $"{at}.target", errors);
            if (!imposerKnown || !targetKnown)
                continue;
            if (embargo.Imposer == embargo.Target)
                errors.Add($"{at}.target", "a nation cannot embargo itself.");
            else if (!firstForPair.TryAdd((embargo.Imposer!, embargo.Target!), i))
                errors.Add(at, Invariant($"the embargo of {embargo.Imposer} on {embargo.Target} is already given at embargoes[{firstForPair[(embargo.Imposer!, embargo.Target!)]}]."));
        }
    }

    /// <summary>Checks the <c>from</c> and <c>to</c> of a directed pair; true when both are known and differ.</summary>
    private static bool CheckPair(string? from, string? to, string at, string sameMessage, ScenarioNations nations, ScenarioErrorList errors)
    {
        var fromKnown = nations.CheckReference(from, $"{at}.from", errors);
        var toKnown = nations.CheckReference(to, $"{at}.to", errors);
        if (!fromKnown || !toKnown)
            return false;
        if (from != to)
            return true;
        errors.Add($"{at}.to", sameMessage);
        return false;
    }
}
