using DiplomacySim.Server.Data;
using FluentValidation;

namespace DiplomacySim.Server.Features.Communiques;

/// <summary>The shape of a communique: what must be there and how big it may be. The game's rules come after.</summary>
public sealed class CommuniqueInputValidator : AbstractValidator<CommuniqueInput>
{
    public CommuniqueInputValidator()
    {
        RuleFor(c => c.FromMinistry).NotEmpty().WithMessage("Give the id of the ministry that sends the communique.");
        RuleFor(c => c.ToMinistry).NotEmpty().WithMessage("Give the id of the ministry the communique is addressed to.");
        RuleFor(c => c.Subject).NotEmpty().MaximumLength(Limits.SubjectLength);
        RuleFor(c => c.Classification).NotNull().IsInEnum().WithMessage("Give a classification: public, confidential or secret.");
        RuleFor(c => c.Body).NotNull().MaximumLength(Limits.BodyLength)
            .WithMessage($"The body may hold at most {Limits.BodyLength:N0} characters.");
        RuleFor(c => c.Clauses).NotNull().WithMessage("Give the clauses as a list (it may be empty for a plain letter).")
            .Must(clauses => clauses is null || clauses.Count <= Limits.ClausesPerCommunique)
            .WithMessage($"A communique carries at most {Limits.ClausesPerCommunique} clauses.");
        RuleForEach(c => c.Clauses).NotNull().SetValidator(new ClauseInputValidator());
    }
}
