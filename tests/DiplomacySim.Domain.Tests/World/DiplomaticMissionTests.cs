using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Tests.World;

public sealed class DiplomaticMissionTests
{
    private static DiplomaticMission RussiaInThailand(MissionStatus status = MissionStatus.Open) =>
        new(Guid.NewGuid(), "RUS", "THA", status);

    [Fact]
    public void OpenMission_IsOpen()
    {
        var mission = RussiaInThailand();

        mission.IsOpen.ShouldBeTrue();
        mission.From.ShouldBe("RUS");
        mission.To.ShouldBe("THA");
    }

    [Fact]
    public void Close_LeavesTheMissionClosed()
    {
        var mission = RussiaInThailand();

        mission.Close();

        mission.Status.ShouldBe(MissionStatus.Closed);
        mission.IsOpen.ShouldBeFalse();
    }

    [Fact]
    public void Sever_LeavesTheMissionSevered()
    {
        var mission = RussiaInThailand();

        mission.Sever();

        mission.Status.ShouldBe(MissionStatus.Severed);
        mission.IsOpen.ShouldBeFalse();
    }

    [Theory]
    [InlineData(MissionStatus.Closed)]
    [InlineData(MissionStatus.Severed)]
    public void Reopen_OpensAClosedOrSeveredMission(MissionStatus status)
    {
        var mission = RussiaInThailand(status);

        mission.Reopen();

        mission.IsOpen.ShouldBeTrue();
    }

    [Fact]
    public void MissionInItself_Throws()
    {
        var error = Should.Throw<ArgumentException>(() => new DiplomaticMission(Guid.NewGuid(), "RUS", "RUS", MissionStatus.Open));

        error.ParamName.ShouldBe("to");
    }
}
