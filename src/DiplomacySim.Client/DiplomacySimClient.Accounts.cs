using DiplomacySim.Client.Contracts;

namespace DiplomacySim.Client;

public sealed partial class DiplomacySimClient
{
    /// <summary>Makes an account (<c>POST /api/auth/register</c>); sign in with <see cref="LoginAsync"/> afterwards.</summary>
    public Task<RegisterResult> RegisterAsync(RegisterRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendAsync<RegisterResult>(HttpMethod.Post, "api/auth/register", request, cancellationToken);
    }

    /// <summary>The signed-in account (<c>GET /api/auth/me</c>).</summary>
    public Task<Me> GetMeAsync(CancellationToken cancellationToken = default) =>
        SendAsync<Me>(HttpMethod.Get, "api/auth/me", body: null, cancellationToken);

    /// <summary>Changes the password (<c>POST /api/auth/password</c>); every earlier token, this client's included, is signed out.</summary>
    public async Task ChangePasswordAsync(string currentPassword, string newPassword, CancellationToken cancellationToken = default)
    {
        using var _ = await SendCheckedAsync(HttpMethod.Post, "api/auth/password", new ChangePasswordRequest(currentPassword, newPassword), headers: null, cancellationToken);
    }

    /// <summary>Signs out every token of the account issued until now, this client's included (<c>POST /api/auth/sign-out-everywhere</c>).</summary>
    public async Task SignOutEverywhereAsync(CancellationToken cancellationToken = default)
    {
        using var _ = await SendCheckedAsync(HttpMethod.Post, "api/auth/sign-out-everywhere", body: null, headers: null, cancellationToken);
    }
}
