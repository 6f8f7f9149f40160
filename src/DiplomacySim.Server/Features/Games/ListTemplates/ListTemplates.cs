using DiplomacySim.Server.Seeding;
using Mediator;

namespace DiplomacySim.Server.Features.Games.ListTemplates;

public sealed record ListTemplatesQuery : IQuery<IReadOnlyList<TemplateView>>;

/// <summary>A scenario file a campaign can start from: its name (what <c>POST /api/games</c> takes as <c>template</c>) and what it holds.</summary>
public sealed record TemplateView(string Name, string Title, string? Description, DateOnly InGameDate, IReadOnlyList<string> Nations);

public sealed class ListTemplatesHandler(ScenarioCatalog catalog) : IQueryHandler<ListTemplatesQuery, IReadOnlyList<TemplateView>>
{
    public async ValueTask<IReadOnlyList<TemplateView>> Handle(ListTemplatesQuery query, CancellationToken cancellationToken) =>
        [.. (await catalog.ListAsync(cancellationToken)).Select(t => new TemplateView(
            t.Name, t.Scenario.Title!, t.Scenario.Description, t.Scenario.InGameDate!.Value, [.. (t.Scenario.Nations ?? []).Select(n => n.Code!)]))];
}
