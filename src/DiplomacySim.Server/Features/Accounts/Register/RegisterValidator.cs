using System.Text.RegularExpressions;
using DiplomacySim.Server.Data.Identity;
using FluentValidation;

namespace DiplomacySim.Server.Features.Accounts.Register;

public sealed partial class RegisterValidator : AbstractValidator<RegisterCommand>
{
    public RegisterValidator()
    {
        RuleFor(c => c.UserName).Cascade(CascadeMode.Stop).NotEmpty()
            .Must(name => UserNameForm().IsMatch(name))
            .WithMessage("A user name is 2 to 32 lowercase letters, digits, dots, hyphens and underscores, like \"vnm.mfa\".");
        RuleFor(c => c.Password).NotEmpty().MaximumLength(256);
        RuleFor(c => c.DisplayName).Cascade(CascadeMode.Stop).NotEmpty()
            .Must(name => name.Trim().Length > 0).WithMessage("A display name needs more than spaces.")
            .MaximumLength(User.DisplayNameMaxLength)
            .Must(name => !name.Any(char.IsControl)).WithMessage("A display name is one line of text, without control characters.");
        RuleFor(c => c.SetupCode).MaximumLength(64);
    }

    // The same form as a scenario's accounts (Domain's ScenarioPatterns.UserName), so a campaign
    // exported with its accounts loads again.
    [GeneratedRegex(@"\A[a-z0-9._-]{2,32}\z", RegexOptions.None, matchTimeoutMilliseconds: 1_000)]
    private static partial Regex UserNameForm();
}
