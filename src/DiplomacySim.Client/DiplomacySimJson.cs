using System.Text.Json;
using System.Text.Json.Serialization;

namespace DiplomacySim.Client;

/// <summary>The JSON conventions of the API: camelCase names, enums as camelCase strings.</summary>
public static class DiplomacySimJson
{
    /// <summary>Read-only serializer options matching the server's.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
            // A clause's "kind" need not come first: the server, or a person writing JSON, may put it anywhere.
            AllowOutOfOrderMetadataProperties = true,
        };
        // Shared by every client: freeze it so that no caller can change it for the others.
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
