using DiplomacySim.Server.Data;
using Npgsql;

namespace DiplomacySim.Server.Tests.Hosting;

public sealed class PreparedStatementsTests
{
    [Fact]
    public void AConnectionStringThatSaysNothing_GetsAutomaticPreparation()
    {
        var prepared = new NpgsqlConnectionStringBuilder(DatabaseRegistration.PreparedStatements("Host=db;Database=game"));

        prepared.MaxAutoPrepare.ShouldBe(64);
        prepared.AutoPrepareMinUsages.ShouldBe(2);
        prepared.Host.ShouldBe("db");
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0")]
    [InlineData("Host=db;Max Auto Prepare=5")]
    [InlineData("Host=db;MaxAutoPrepare=0")]
    public void AConnectionStringThatSetsIt_IsLeftAsWritten(string connectionString)
    {
        DatabaseRegistration.PreparedStatements(connectionString).ShouldBe(connectionString);
    }

    [Fact]
    public void AConnectionStringThatSaysNothing_KeepsPooledConnectionsAsTheyAre()
    {
        var kept = new NpgsqlConnectionStringBuilder(DatabaseRegistration.KeptAsIs("Host=db;Database=game"));

        kept.NoResetOnClose.ShouldBeTrue();
        kept.Database.ShouldBe("game");
    }

    [Theory]
    [InlineData("Host=db;No Reset On Close=false")]
    [InlineData("Host=db;NoResetOnClose=false")]
    public void AConnectionStringThatSetsTheReset_IsLeftAsWritten(string connectionString)
    {
        DatabaseRegistration.KeptAsIs(connectionString).ShouldBe(connectionString);
    }
}
