using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Tests.World;

public sealed class InstallationTests
{
    private static Installation Base(string name, int capacity = 5000, params string[] aliases)
    {
        var installation = new Installation(Guid.NewGuid(), Guid.NewGuid(), "VNM", name, InstallationKind.AirBase, capacity);
        installation.Aliases.AddRange(aliases);
        return installation;
    }

    [Theory]
    [InlineData("Yên Bái Air Base", "Yen Bai Air Base")]
    [InlineData("Biên Hòa Air Base", "BIEN HOA AIR BASE")]
    [InlineData("Da Nang Air Base", "Đà Nẵng Air Base")]
    [InlineData("An Thới Naval Base", "An Thoi naval base")]
    [InlineData("Yên Bái Air Base", "yen-bai air  base")]
    public void NameAsPlayersWriteIt_FindsTheInstallation(string name, string written)
    {
        Base(name).IsCalled(written).ShouldBeTrue();
    }

    [Fact]
    public void Alias_FindsTheInstallation()
    {
        var camRanh = Base("Cam Ranh Base", 5000, "Vịnh Cam Ranh", "Cam Ranh Bay");

        camRanh.IsCalled("Vinh Cam Ranh").ShouldBeTrue();
        camRanh.IsCalled("cam ranh bay").ShouldBeTrue();
    }

    [Theory]
    [InlineData("Yen Bai")]
    [InlineData("Bien Hoa Air Base")]
    [InlineData("Yen Bai Naval Base")]
    public void OtherName_DoesNotFindTheInstallation(string written)
    {
        Base("Yên Bái Air Base").IsCalled(written).ShouldBeFalse();
    }

    [Fact]
    public void Station_WithinCapacity_AddsPersonnelAndReducesFreeCapacity()
    {
        var airBase = Base("Yên Bái Air Base", capacity: 5000);

        airBase.Station(3000);
        airBase.Station(2000);

        airBase.ForeignPersonnel.ShouldBe(5000);
        airBase.FreeCapacity.ShouldBe(0);
    }

    [Fact]
    public void Station_BeyondFreeCapacity_ThrowsAndStationsNobody()
    {
        var airBase = Base("Yên Bái Air Base", capacity: 5000);
        airBase.Station(4000);

        var error = Should.Throw<InvalidOperationException>(() => airBase.Station(1001));

        error.Message.ShouldContain("1000");
        airBase.ForeignPersonnel.ShouldBe(4000);
    }

    [Fact]
    public void Station_NegativePersonnel_Throws()
    {
        var airBase = Base("Yên Bái Air Base");

        Should.Throw<ArgumentOutOfRangeException>(() => airBase.Station(-1));
        airBase.ForeignPersonnel.ShouldBe(0);
    }

    [Fact]
    public void Withdraw_ReducesPersonnelAndFreesCapacity()
    {
        var airBase = Base("Yên Bái Air Base", capacity: 5000);
        airBase.Station(3000);

        airBase.Withdraw(1000);

        airBase.ForeignPersonnel.ShouldBe(2000);
        airBase.FreeCapacity.ShouldBe(3000);
    }

    [Fact]
    public void Withdraw_MoreThanPresent_StopsAtZero()
    {
        var airBase = Base("Yên Bái Air Base", capacity: 5000);
        airBase.Station(300);

        airBase.Withdraw(1000);

        airBase.ForeignPersonnel.ShouldBe(0);
        airBase.FreeCapacity.ShouldBe(5000);
    }

    [Fact]
    public void Withdraw_NegativePersonnel_Throws()
    {
        var airBase = Base("Yên Bái Air Base");
        airBase.Station(100);

        Should.Throw<ArgumentOutOfRangeException>(() => airBase.Withdraw(-1));
        airBase.ForeignPersonnel.ShouldBe(100);
    }
}
