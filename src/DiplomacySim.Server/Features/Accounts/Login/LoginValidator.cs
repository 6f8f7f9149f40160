using FluentValidation;

namespace DiplomacySim.Server.Features.Accounts.Login;

public sealed class LoginValidator : AbstractValidator<LoginCommand>
{
    public LoginValidator()
    {
        RuleFor(c => c.UserName).NotEmpty().MaximumLength(64);
        RuleFor(c => c.Password).NotEmpty().MaximumLength(256);
    }
}
