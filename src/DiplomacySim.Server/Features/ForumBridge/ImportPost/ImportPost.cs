using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.Visibility;
using DiplomacySim.Forum;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Pipeline;
using DiplomacySim.Server.Play;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.ForumBridge.ImportPost;

/// <summary>A pasted post; <c>format</c> is read as text so that an unknown one is a validation error naming the choices.</summary>
public sealed record ImportInput(string? Text, string? Format)
{
    public ForumFormat? ParsedFormat() =>
        string.IsNullOrWhiteSpace(Format) ? ForumFormat.Auto : Choices.TryParse<ForumFormat>(Format, out var format) ? format : null;
}

public sealed record ImportPostQuery(string Game, ImportInput Input) : IQuery<ImportView>;

/// <summary>The draft as API.md writes it, ready to be reviewed and sent with the ordinary send call.</summary>
public sealed record ImportedDraftView(Guid? FromMinistry, Guid? ToMinistry, string? Subject, Classification Classification, string Body, IReadOnlyList<Clause> Clauses, Guid? InReplyTo);

public sealed record ImportView(
    ImportedDraftView Draft,
    IReadOnlyList<ClauseSource> ClauseSources,
    IReadOnlyList<Unresolved> Unresolved,
    IReadOnlyList<RuleViolation> Violations,
    IReadOnlyList<ImportedResponse> Responses);

public sealed class ImportPostValidator : AbstractValidator<ImportPostQuery>
{
    public ImportPostValidator()
    {
        RuleFor(q => q.Input.Text).NotEmpty().OverridePropertyName("text").WithMessage("Paste the post to import.")
            .MaximumLength(ForumImporter.MaxLength).OverridePropertyName("text")
            .WithMessage(q => $"A post may have at most {ForumImporter.MaxLength:N0} characters; this one has {q.Input.Text!.Length:N0}.");
        RuleFor(q => q.Input.Format).Must((q, _) => q.Input.ParsedFormat() is not null).OverridePropertyName("format")
            .WithMessage(q => Choices.Unknown<ForumFormat>(q.Input.Format!));
    }
}

/// <summary>
/// Reads a forum post into a draft against the game's world and checks it with the game's rules.
/// Nothing is stored. A reply ("Reply to: ...") is matched to the communique it answers among those
/// the caller may read, and yields answers to its clauses.
/// </summary>
public sealed class ImportPostHandler(GameDbContext db, ViewerLookup viewers, WorldLoader worlds) : IQueryHandler<ImportPostQuery, ImportView>
{
    public async ValueTask<ImportView> Handle(ImportPostQuery query, CancellationToken cancellationToken)
    {
        var game = await db.FindGameAsync(query.Game, cancellationToken);
        var viewer = await viewers.ForGameAsync(game, cancellationToken);
        var forumWorld = await db.LoadForumWorldAsync(game, cancellationToken);
        var text = query.Input.Text!;
        var format = query.Input.ParsedFormat()!.Value;

        var result = ForumImporter.Import(text, format, forumWorld);
        Communique? answered = null;
        // A "Re: X" line read as the subject may still answer X: a letter found of that subject makes the post its reply.
        if ((result.InReplyToSubject ?? result.MayAnswerSubject) is { } subject && result.Draft.FromMinistry is { } replier)
        {
            answered = await FindAnsweredAsync(game.Id, subject, replier, viewer, cancellationToken);
            if (answered is not null)
                result = ForumImporter.Import(text, format, forumWorld, [.. answered.Clauses.OrderBy(c => c.Index).Select(c => c.Terms)]);
        }

        var unresolved = result.Unresolved.ToList();
        if (result.InReplyToSubject is { } replyTo && answered is null)
            unresolved.Add(new(replyTo, "no communique with this subject, addressed to the replying ministry, that you may read"));
        if (result.Draft.Body.Length > Limits.BodyLength)
            unresolved.Add(new(result.Draft.Body[..80] + "…", $"the body has {result.Draft.Body.Length:N0} characters; a communique holds at most {Limits.BodyLength:N0}"));
        // The same slice of the world, and the same rules, as POST .../communiques/check.
        var violations = result.Draft is { FromMinistry: { } from, ToMinistry: { } to }
            ? CommuniqueRules.Check((await worlds.LoadDraftAsync(game, from, to, result.Draft.Clauses, cancellationToken)).World, viewer.Actor, from, to, result.Draft.Clauses)
            : [];
        var draft = result.Draft;
        return new ImportView(
            new ImportedDraftView(draft.FromMinistry, draft.ToMinistry, draft.Subject ?? (answered is null ? null : "Re: " + answered.Subject), draft.Classification, draft.Body, draft.Clauses, answered?.Id),
            result.ClauseSources, unresolved, violations, result.Responses);
    }

    private async Task<Communique?> FindAnsweredAsync(Guid gameId, string subject, Guid replier, Viewer viewer, CancellationToken cancellationToken)
    {
        var candidates = await db.Communiques.AsNoTracking()
            .Where(c => c.GameId == gameId && c.ToMinistry == replier)
            .OrderByDescending(c => c.Seq)
            .Take(200)
            .ToListAsync(cancellationToken);
        return candidates.FirstOrDefault(c => c.IsVisibleTo(viewer)
            && string.Equals(c.Subject.Trim(), subject.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
