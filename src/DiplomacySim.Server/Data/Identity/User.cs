using Microsoft.AspNetCore.Identity;

namespace DiplomacySim.Server.Data.Identity;

/// <summary>An account: a forum member who plays ministries, runs games as GM, or watches.</summary>
public sealed class User : IdentityUser
{
    public User()
    {
    }

    public User(string userName)
        : base(userName)
    {
    }
}
