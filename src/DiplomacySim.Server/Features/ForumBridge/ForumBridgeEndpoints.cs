using DiplomacySim.Forum.Export;
using DiplomacySim.Server.Features.ForumBridge.ExportText;
using DiplomacySim.Server.Features.ForumBridge.ImportPost;
using DiplomacySim.Server.Pipeline;
using Mediator;

namespace DiplomacySim.Server.Features.ForumBridge;

internal static class ForumBridgeEndpoints
{
    public static IEndpointRouteBuilder MapForumBridge(this IEndpointRouteBuilder app)
    {
        var game = app.MapGroup("/api/games/{game}").WithTags("Forum bridge");

        game.MapPost("/communiques/import", async (string game, ImportInput post, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ImportPostQuery(game, post), ct)))
            .RequireAuthorization()
            .WithSummary("Reads a forum post (plain, BBCode or Markdown) into a draft communique with the span of each clause, what could not be resolved, and the rule check. Nothing is stored.")
            .ProducesValidationProblem();

        game.MapGet("/communiques/{id:guid}/export", async (string game, Guid id, IMediator mediator, CancellationToken ct, string? format = null) =>
                TypedResults.Text(await mediator.Send(new ExportTextQuery(game, id, IsAgreement: false, Choices.Parse(format, "format", ExportFormat.BBCode)), ct), "text/plain; charset=utf-8"))
            .RequireAuthorization(Access.Readers.Policy)
            .WithSummary("A communique as BBCode or Markdown, ready to paste into a forum thread or a chat.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        game.MapGet("/agreements/{id:guid}/export", async (string game, Guid id, IMediator mediator, CancellationToken ct, string? format = null) =>
                TypedResults.Text(await mediator.Send(new ExportTextQuery(game, id, IsAgreement: true, Choices.Parse(format, "format", ExportFormat.BBCode)), ct), "text/plain; charset=utf-8"))
            .RequireAuthorization(Access.Readers.Policy)
            .WithSummary("An agreement as treaty text with numbered articles, in BBCode or Markdown.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
