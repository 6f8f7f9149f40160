using DiplomacySim.Server.Data;
using FluentValidation;

namespace DiplomacySim.Server.Features.Communiques.SendCommunique;

public sealed class SendCommuniqueValidator : AbstractValidator<SendCommuniqueCommand>
{
    public SendCommuniqueValidator() =>
        RuleFor(c => c.IdempotencyKey)
            .Must(key => key is null || (key.Trim().Length > 0 && key.Length <= Limits.IdempotencyKeyLength))
            .WithName(IdempotentSends.Header)
            .WithMessage($"An Idempotency-Key holds 1 to {Limits.IdempotencyKeyLength} characters.");
}
