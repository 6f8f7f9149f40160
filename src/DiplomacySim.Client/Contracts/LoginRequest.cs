namespace DiplomacySim.Client.Contracts;

/// <summary>The body of <c>POST /api/auth/login</c>.</summary>
/// <param name="UserName">The account's user name.</param>
/// <param name="Password">The account's password.</param>
public sealed record LoginRequest(string UserName, string Password);
