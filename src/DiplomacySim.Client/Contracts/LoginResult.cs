namespace DiplomacySim.Client.Contracts;

/// <summary>The answer to a successful login.</summary>
/// <param name="AccessToken">The bearer token to send as <c>Authorization: Bearer</c>.</param>
/// <param name="ExpiresIn">Seconds until the token expires.</param>
public sealed record LoginResult(string AccessToken, long ExpiresIn);
