namespace DiplomacySim.Client.Contracts;

/// <summary>The body of <c>POST /api/auth/register</c>; <paramref name="SetupCode"/> is the operator's one-time code.</summary>
public sealed record RegisterRequest(string UserName, string Password, string DisplayName, string? SetupCode = null);

/// <summary>The answer of <c>POST /api/auth/register</c>.</summary>
public sealed record RegisterResult(string UserName);

/// <summary>The signed-in account (<c>GET /api/auth/me</c>).</summary>
public sealed record Me(string UserName, string DisplayName, bool IsOperator);

/// <summary>The body of <c>POST /api/auth/password</c>.</summary>
public sealed record ChangePasswordRequest(string CurrentPassword, string NewPassword);
