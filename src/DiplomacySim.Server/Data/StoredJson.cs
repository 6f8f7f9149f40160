using System.Text.Json;
using System.Text.Json.Serialization;

namespace DiplomacySim.Server.Data;

/// <summary>
/// How values stored as JSON (clause terms, event payloads) are written: the API's own conventions,
/// so that stored terms read back exactly as the player sent them.
/// </summary>
internal static class StoredJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Stored JSON for {typeof(T).Name} is null.");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            AllowOutOfOrderMetadataProperties = true,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
