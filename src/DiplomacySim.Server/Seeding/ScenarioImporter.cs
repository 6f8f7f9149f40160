using DiplomacySim.Domain.Opinions;
using DiplomacySim.Domain.Scenarios;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Rulesets;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Seeding;

/// <summary>Builds a game's world from a validated scenario. Accounts are the demo's business, not this class's.</summary>
public sealed class ScenarioImporter(GameDbContext db, RulesetCatalog rulesets)
{
    /// <summary>Adds the scenario's game unless a game with its slug exists; returns the game either way.</summary>
    public async Task<(Game Game, bool Created)> ImportAsync(ScenarioDefinition scenario, CancellationToken cancellationToken)
    {
        var existing = await db.Games.SingleOrDefaultAsync(g => g.Slug == scenario.Slug, cancellationToken);
        if (existing is not null)
            return (existing, false);

        // A game never starts on a ruleset that cannot be read: this throws with every error in the file.
        await rulesets.GetAsync(scenario.Ruleset ?? DefaultRuleset, cancellationToken);
        var game = Add(scenario);
        await db.SaveChangesAsync(cancellationToken);
        return (game, true);
    }

    public const string DefaultRuleset = "default";

    /// <summary>
    /// Adds a validated scenario's world to the context, unsaved, so that a caller saves it in one go with
    /// what else it adds (a new campaign's game master). Its ruleset must have been read.
    /// </summary>
    public Game Add(ScenarioDefinition scenario)
    {
        var game = new Game(Guid.CreateVersion7(), scenario.Slug!, scenario.Title!, scenario.InGameDate!.Value,
            scenario.Ruleset ?? DefaultRuleset, scenario.RelationsVisibility ?? RelationsVisibility.Public);
        db.Games.Add(game);

        foreach (var definition in scenario.Nations ?? [])
        {
            var nation = new Nation(game.Id, definition.Code!, definition.Name!, definition.Region!);
            nation.Aliases.AddRange(definition.Aliases ?? []);
            nation.Interests.AddRange(definition.Interests ?? []);
            nation.Rivals.AddRange(definition.Rivals ?? []);
            nation.Blocs.AddRange(definition.Blocs ?? []);
            nation.SetClaimStatus(definition.ClaimStatus ?? ClaimStatus.Open);
            db.Nations.Add(nation);
            foreach (var ministry in definition.Ministries!)
                db.Ministries.Add(new Ministry(Guid.CreateVersion7(), game.Id, nation.Code, ministry.Kind!.Value, ministry.Title!, ministry.Minister));
        }

        foreach (var definition in scenario.Installations ?? [])
        {
            var installation = new Installation(Guid.CreateVersion7(), game.Id, definition.Nation!, definition.Name!, definition.Kind!.Value, definition.Capacity!.Value);
            installation.Aliases.AddRange(definition.Aliases ?? []);
            installation.Station(definition.ForeignPersonnel ?? 0);
            db.Installations.Add(installation);
        }

        db.Missions.AddRange(Missions(game.Id, scenario));
        db.Embargoes.AddRange((scenario.Embargoes ?? []).Select(e => new Embargo(game.Id, e.Imposer!, e.Target!)));
        db.OpinionModifiers.AddRange(StartingOpinions(game, scenario));
        return game;
    }

    private static IEnumerable<DiplomaticMission> Missions(Guid gameId, ScenarioDefinition scenario)
    {
        var listed = (scenario.Missions ?? []).ToDictionary(m => (m.From!, m.To!), m => m.Status!.Value);
        var codes = (scenario.Nations ?? []).Select(n => n.Code!).ToList();
        foreach (var from in codes)
        {
            foreach (var to in codes.Where(to => to != from))
            {
                MissionStatus? status = listed.TryGetValue((from, to), out var named) ? named : scenario.DefaultMission;
                if (status is { } s)
                    yield return new DiplomaticMission(gameId, from, to, s);
            }
        }
    }

    private static IEnumerable<OpinionModifier> StartingOpinions(Game game, ScenarioDefinition scenario)
    {
        foreach (var opinion in scenario.Opinions ?? [])
        {
            // Starting opinions last until play changes them; each is a modifier so every score stays explainable.
            yield return new OpinionModifier(Guid.CreateVersion7(), game.Id, opinion.From!, opinion.To!, opinion.Reason!, opinion.Amount!.Value, game.InGameDate, null, null);
            if (opinion.Mutual)
                yield return new OpinionModifier(Guid.CreateVersion7(), game.Id, opinion.To!, opinion.From!, opinion.Reason!, opinion.Amount!.Value, game.InGameDate, null, null);
        }
    }
}
