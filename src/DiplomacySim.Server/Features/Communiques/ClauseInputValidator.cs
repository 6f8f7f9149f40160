using DiplomacySim.Domain.Clauses;
using FluentValidation;
using FluentValidation.Validators;

namespace DiplomacySim.Server.Features.Communiques;

/// <summary>
/// A clause's shape: a known kind, then the terms by that kind's own validator (in the kind's
/// folder, listed in <see cref="ClauseKinds"/>).
/// </summary>
public sealed class ClauseInputValidator : AbstractValidator<ClauseInput>
{
    public ClauseInputValidator()
    {
        RuleFor(c => c.Kind).NotEmpty().WithMessage("Give the clause's kind.")
            .Must(kind => kind is null || ClauseKinds.Named(kind) is not null)
            .WithMessage(c => $"'{c.Kind}' is not a clause kind. Kinds: {string.Join(", ", ClauseKinds.All.Select(k => k.Name))}.");

        // The terms are the clause's own fields on the wire, so their errors are named without a
        // "terms" segment: clauses[0].peacetimePersonnelCap, as the client wrote it.
        RuleFor(c => c.Terms).SetValidator(new TermsOfTheKind()).OverridePropertyName("");
    }

    /// <summary>Each kind's terms by that kind's validator; none when the kind is unknown (Terms is then null).</summary>
    private sealed class TermsOfTheKind : PolymorphicValidator<ClauseInput, ClauseTerms?>
    {
        public TermsOfTheKind()
        {
            foreach (var kind in ClauseKinds.All)
                Add(kind.Terms, kind.Validator);
        }
    }
}
