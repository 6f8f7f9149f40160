using System.Diagnostics;
using System.Text.Json;
using DiplomacySim.Domain.Scenarios;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Access;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Errors;
using DiplomacySim.Server.Play;
using DiplomacySim.Server.Rulesets;
using DiplomacySim.Server.Seeding;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Games.CreateGame;

/// <summary>
/// The body of <c>POST /api/games</c>: a campaign from a template (a scenario file the server holds), from
/// an uploaded scenario, or blank (neither), with its listing and who may join.
/// </summary>
public sealed record CreateGameCommand(
    string? Title,
    string? Slug,
    string? Description,
    string? Template,
    JsonElement? Scenario,
    GameVisibility? Visibility,
    JoinPolicy? JoinPolicy,
    DateOnly? InGameDate) : ICommand<CreatedGame>;

public sealed record CreatedGame(Guid Id, string Slug);

public sealed partial class CreateGameValidator : AbstractValidator<CreateGameCommand>
{
    public const int DescriptionLength = 4_000;

    public CreateGameValidator()
    {
        RuleFor(c => c.Slug).NotEmpty().WithMessage("Give the campaign a slug: its name in links (/games/<slug>).")
            .Matches(SlugPattern()).WithMessage("Write the slug as 3 to 64 lowercase letters, digits and hyphens, starting and ending with a letter or digit (\"pacific-1936\").");
        RuleFor(c => c.Title).NotEmpty().When(c => c.Template is null && IsAbsent(c.Scenario))
            .WithMessage("Give a blank campaign its title.");
        RuleFor(c => c.Title).MaximumLength(200);
        RuleFor(c => c.Description).MaximumLength(DescriptionLength);
        RuleFor(c => c.Template).Empty().When(c => !IsAbsent(c.Scenario))
            .WithMessage("Start from a template or from an uploaded scenario, not both.");
        RuleFor(c => c.Scenario).Must(s => IsAbsent(s) || s!.Value.ValueKind == JsonValueKind.Object)
            .WithMessage("Send the scenario as a JSON object, in the format of seeds/README.md.");
        RuleFor(c => c.InGameDate).Null().When(c => c.Template is not null || !IsAbsent(c.Scenario))
            .WithMessage("A template or scenario sets its own start date; inGameDate is for a blank campaign.");
        RuleFor(c => c.Visibility).IsInEnum();
        RuleFor(c => c.JoinPolicy).IsInEnum();
    }

    public static bool IsAbsent(JsonElement? scenario) => scenario is null || scenario.Value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$")]
    private static partial System.Text.RegularExpressions.Regex SlugPattern();
}

/// <summary>
/// A signed-in user starts a campaign and becomes its game master: the world is read (template, upload
/// or blank) and validated before anything is added, and the game, its world and the GM are saved in one
/// go, so a refusal leaves nothing behind.
/// </summary>
public sealed class CreateGameHandler(
    GameDbContext db, CurrentUser user, CampaignCreation creation, ScenarioCatalog catalog, RulesetCatalog rulesets, ScenarioImporter importer, ILogger<CreateGameHandler> logger)
    : ICommandHandler<CreateGameCommand, CreatedGame>
{
    public async ValueTask<CreatedGame> Handle(CreateGameCommand command, CancellationToken cancellationToken)
    {
        var userId = user.Id;
        await creation.EnsureMayCreateAsync(userId, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var slug = command.Slug!;
        if (await db.Games.AnyAsync(g => g.Slug == slug, cancellationToken))
            throw SlugTaken(slug);

        var (scenario, source) = await WorldAsync(command, cancellationToken);
        var ruleset = scenario.Ruleset ?? ScenarioImporter.DefaultRuleset;
        if (!rulesets.Holds(ruleset))
            throw new ScenarioInvalidException([new ScenarioError("scenario", "ruleset", $"there is no ruleset '{ruleset}' on this server; name one of: {string.Join(", ", rulesets.Names)}.")]);
        await rulesets.GetAsync(ruleset, cancellationToken);

        // The scenario's own accounts are the demo's business: a campaign's players come by invitation and claims.
        var game = importer.Add(scenario with { Slug = slug, Title = command.Title ?? scenario.Title, Accounts = null });
        game.Describe(command.Title ?? scenario.Title!, command.Description ?? scenario.Description,
            command.Visibility ?? GameVisibility.Private, command.JoinPolicy ?? JoinPolicy.InviteOnly);
        db.GameMembers.Add(new GameMember(game.Id, userId, GameRole.GameMaster));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException saving) when (DatabaseFailures.IsUniqueViolation(saving))
        {
            throw SlugTaken(slug);
        }

        logger.LogInformation("Campaign {Slug} ({GameId}) created by {UserId} from {Source}: {Nations} nations, in {Elapsed:F0} ms",
            slug, game.Id, userId, source, scenario.Nations?.Count ?? 0, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new CreatedGame(game.Id, game.Slug);
    }

    private async Task<(ScenarioDefinition Scenario, string Source)> WorldAsync(CreateGameCommand command, CancellationToken cancellationToken)
    {
        if (command.Template is { } template)
        {
            if (!catalog.Holds(template))
                throw new ValidationException([new ValidationFailure(nameof(command.Template), $"There is no template '{template}'. GET /api/templates lists them.")]);
            return (await catalog.ReadAsync(template, cancellationToken), $"template {template}");
        }
        if (!CreateGameValidator.IsAbsent(command.Scenario))
        {
            var read = ScenarioReader.Read("scenario", command.Scenario!.Value.GetRawText());
            if (!read.IsValid)
                throw new ScenarioInvalidException(read.Errors);
            return (read.Scenario, "an uploaded scenario");
        }
        return (new ScenarioDefinition
        {
            Title = command.Title,
            InGameDate = command.InGameDate ?? DateOnly.FromDateTime(DateTime.UtcNow),
            Nations = [],
        }, "a blank world");
    }

    private static ConflictException SlugTaken(string slug) =>
        new("SLUG_TAKEN", $"A campaign called '{slug}' exists already; choose another slug.");
}
