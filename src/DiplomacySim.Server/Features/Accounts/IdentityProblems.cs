using DiplomacySim.Server.Errors;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;

namespace DiplomacySim.Server.Features.Accounts;

/// <summary>Identity's refusals in the API's words: a field's 400 with Identity's own message, or the name taken.</summary>
internal static class IdentityProblems
{
    public static Exception From(IdentityResult result, string passwordField)
    {
        if (result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateUserName)))
            return UserNameTaken();
        var failures = result.Errors.Select(e => new ValidationFailure(FieldOf(e.Code, passwordField), e.Description)).ToList();
        return new ValidationException(failures);
    }

    public static ConflictException UserNameTaken() =>
        new("USER_NAME_TAKEN", "That user name belongs to another account: choose another.");

    // Identity's codes say which part of the request they judge: PasswordTooShort, InvalidUserName, ...
    private static string FieldOf(string code, string passwordField) =>
        code.StartsWith("Password", StringComparison.Ordinal) ? passwordField
        : code.Contains("UserName", StringComparison.Ordinal) ? "UserName"
        : code.Contains("Email", StringComparison.Ordinal) ? "Email"
        : "";
}
