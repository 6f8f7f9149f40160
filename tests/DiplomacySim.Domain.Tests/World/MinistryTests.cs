using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Tests.World;

public sealed class MinistryTests
{
    private static Ministry ForeignAffairs() =>
        new(Guid.NewGuid(), Guid.NewGuid(), "RUS", MinistryKind.ForeignAffairs, "Ministry of Foreign Affairs of the Russian Federation", "Sergey Lavrov");

    [Fact]
    public void NewMinistry_IsHeldByNobody()
    {
        var ministry = ForeignAffairs();

        ministry.HolderId.ShouldBeNull();
        ministry.IsHeldBy("user-1").ShouldBeFalse();
    }

    [Fact]
    public void AssignTo_MakesThatAccountTheOnlyHolder()
    {
        var ministry = ForeignAffairs();

        ministry.AssignTo("user-1");

        ministry.IsHeldBy("user-1").ShouldBeTrue();
        ministry.IsHeldBy("user-2").ShouldBeFalse();
    }

    [Fact]
    public void AssignTo_AnotherAccount_ReplacesTheHolder()
    {
        var ministry = ForeignAffairs();
        ministry.AssignTo("user-1");

        ministry.AssignTo("user-2");

        ministry.IsHeldBy("user-2").ShouldBeTrue();
        ministry.IsHeldBy("user-1").ShouldBeFalse();
    }

    [Fact]
    public void Vacate_LeavesTheMinistryHeldByNobody()
    {
        var ministry = ForeignAffairs();
        ministry.AssignTo("user-1");

        ministry.Vacate();

        ministry.HolderId.ShouldBeNull();
        ministry.IsHeldBy("user-1").ShouldBeFalse();
    }

    [Fact]
    public void IsHeldBy_ComparesAccountIdsExactly()
    {
        var ministry = ForeignAffairs();
        ministry.AssignTo("User-1");

        ministry.IsHeldBy("user-1").ShouldBeFalse();
    }
}
