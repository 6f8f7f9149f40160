using Microsoft.AspNetCore.Identity;

namespace DiplomacySim.Server.Data.Identity;

/// <summary>An account: a forum member who plays ministries, runs games as GM, or watches.</summary>
public sealed class User : IdentityUser
{
    /// <summary>The longest display name: a forum signature, not an essay (a scenario's accounts are held to it too).</summary>
    public const int DisplayNameMaxLength = Domain.Scenarios.ScenarioValidator.MaxDisplayNameLength;

    public User()
    {
    }

    public User(string userName)
        : base(userName) => DisplayName = userName;

    /// <summary>The name others see ("Sergey Lavrov", "Hanoi's desk"); the user name is for signing in.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>
    /// Made the server's operator with the one-time setup code. Stored so that it survives restarts;
    /// accounts named in <c>Accounts:Operators</c> are operators as well, without this flag (see
    /// <c>Access.ServerOperators</c>).
    /// </summary>
    public bool IsOperator { get; set; }
}
