namespace DiplomacySim.Testing;

/// <summary>The throwaway Redis that tests/run.sh starts, for the SignalR backplane between two server instances.</summary>
public static class TestRedis
{
    public const string Variable = "DIPLOMACYSIM_TEST_REDIS";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set. Run the tests with tests/run.sh, which starts a throwaway Redis and sets it.");
}
