using DiplomacySim.Domain.Communiques;
using DiplomacySim.Server.Data;
using FluentValidation;

namespace DiplomacySim.Server.Features.Communiques.RespondToCommunique;

/// <summary>The recipient's answer to a communique, clause by clause, with a letter of its own.</summary>
public sealed record ResponseInput(Guid? FromMinistry, string? Body, IReadOnlyList<ClauseResponseInput>? Responses);

public sealed record ClauseResponseInput(int? ClauseIndex, Decision? Decision, ClauseInput? Counter);

public sealed class ResponseInputValidator : AbstractValidator<ResponseInput>
{
    public ResponseInputValidator()
    {
        RuleFor(r => r.FromMinistry).NotEmpty().WithMessage("Give the id of the ministry that answers (the one the communique was addressed to).");
        RuleFor(r => r.Body).NotNull().MaximumLength(Limits.BodyLength)
            .WithMessage($"The body may hold at most {Limits.BodyLength:N0} characters.");
        RuleFor(r => r.Responses).NotEmpty().WithMessage("Answer at least one clause.")
            .Must(r => r is null || r.Count <= Limits.ClausesPerCommunique).WithMessage($"Answer at most {Limits.ClausesPerCommunique} clauses at once.")
            .Must(r => r is null || r.Where(x => x?.ClauseIndex is not null).GroupBy(x => x.ClauseIndex).All(g => g.Count() == 1))
            .WithMessage("Answer each clause once.");
        RuleForEach(r => r.Responses).NotNull().ChildRules(response =>
        {
            response.RuleFor(x => x.ClauseIndex).NotNull().GreaterThanOrEqualTo(0);
            response.RuleFor(x => x.Decision).NotNull().IsInEnum().WithMessage("Give a decision: accept, reject or counter.");
            response.RuleFor(x => x.Counter).NotNull().When(x => x.Decision == Decision.Counter)
                .WithMessage("A counter-proposal needs the changed clause in 'counter'.");
            response.RuleFor(x => x.Counter).Null().When(x => x.Decision is Decision.Accept or Decision.Reject)
                .WithMessage("Only a counter-proposal carries a 'counter' clause.");
            response.RuleFor(x => x.Counter!).SetValidator(new ClauseInputValidator()).When(x => x.Counter is not null);
        });
    }
}
