using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Tests.Rules;

public sealed class BasingPlanTests
{
    private static Installation Base(string name, int capacity, int reserved = 0)
    {
        var installation = new Installation(Guid.NewGuid(), Guid.NewGuid(), "VNM", name, InstallationKind.AirBase, capacity);
        installation.Reserve(reserved);
        return installation;
    }

    [Fact]
    public void Personnel_AreSpreadInProportionToFreeRoom_AndAddUpExactly()
    {
        Installation[] bases = [Base("Yên Bái", 8_000), Base("Biên Hòa", 12_000), Base("An Thới", 6_000)];

        var plan = BasingPlan.Spread(15_000, bases);

        // 15,000 × 8/26, 12/26, 6/26 = 4,615.4, 6,923.1, 3,461.5: the leftover place goes to the largest remainder.
        plan.Select(a => a.Personnel).ShouldBe([4_615, 6_923, 3_462]);
        plan.Select(a => a.Installation).ShouldBe(bases.Select(b => b.Id));
    }

    [Fact]
    public void ReservedRoom_IsNotFreeRoom()
    {
        Installation[] bases = [Base("A", 1_000, reserved: 1_000), Base("B", 1_000, reserved: 500)];

        var plan = BasingPlan.Spread(500, bases);

        plan.ShouldHaveSingleItem().ShouldBe(new PersonnelAllocation(bases[1].Id, 500));
    }

    [Fact]
    public void TiesInRemainders_GoToTheInstallationListedFirst()
    {
        Installation[] bases = [Base("A", 100), Base("B", 100), Base("C", 100)];

        BasingPlan.Spread(2, bases).Select(a => a.Personnel).ShouldBe([1, 1]);
        BasingPlan.Spread(4, bases).Select(a => a.Personnel).ShouldBe([2, 1, 1]);
    }

    [Fact]
    public void AnInstallationListedTwice_IsCountedOnce()
    {
        var only = Base("A", 100);

        BasingPlan.Spread(100, [only, only]).ShouldHaveSingleItem().Personnel.ShouldBe(100);
    }

    [Fact]
    public void NoPersonnel_AllocateNothing() => BasingPlan.Spread(0, [Base("A", 100)]).ShouldBeEmpty();

    [Fact]
    public void MorePersonnelThanRoom_Throws() =>
        Should.Throw<InvalidOperationException>(() => BasingPlan.Spread(201, [Base("A", 100), Base("B", 100)]));
}
