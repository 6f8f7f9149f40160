using System.Text.Json;
using System.Text.Json.Serialization;
using DiplomacySim.Domain.Clauses;

namespace DiplomacySim.Server.Features.Communiques;

/// <summary>
/// Reads a clause as the API writes it, one flat object: takes <c>kind</c> (anywhere in the object),
/// then reads the same object as that kind's terms (<see cref="ClauseKinds"/>). A missing or unknown
/// kind is not a read error: the object is skipped and the validator names <c>kind</c>, listing the
/// kinds. Writes the same flat shape back (the idempotency hash of a send is taken from it).
/// </summary>
/// <remarks>
/// A term that cannot be read (a string where a number goes) fails the read as it would in one pass,
/// but the serializer's nested read knows only the path within the clause ("$.peacetimePersonnelCap"):
/// the error thrown here wraps it, so that the serializer adds the clause's own path
/// ("$.clauses[0]") and <c>Errors.RequestReadErrors</c> joins the two.
/// </remarks>
public sealed class ClauseInputJsonConverter : JsonConverter<ClauseInput>
{
    private const string KindProperty = "kind";

    public override ClauseInput Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException(); // the serializer's own "could not be converted", with the path

        var kindName = ReadKind(reader, options);
        if (ClauseKinds.Named(kindName) is not { } kind)
        {
            SkipValue(ref reader);
            return new ClauseInput(kindName, Terms: null);
        }
        try
        {
            var terms = (ClauseTerms?)JsonSerializer.Deserialize(ref reader, kind.Terms, options);
            return new ClauseInput(kindName, terms);
        }
        catch (JsonException within) when (within.Path is not null)
        {
            throw new JsonException(within.Message, within);
        }
    }

    public override void Write(Utf8JsonWriter writer, ClauseInput value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(KindProperty, value.Kind);
        if (value.Terms is not null)
        {
            using var terms = JsonSerializer.SerializeToDocument(value.Terms, value.Terms.GetType(), options);
            foreach (var term in terms.RootElement.EnumerateObject())
                term.WriteTo(writer);
        }
        writer.WriteEndObject();
    }

    /// <summary>The kind's name, read from a copy of the reader so that the object can then be read whole as the terms.</summary>
    private static string? ReadKind(Utf8JsonReader scan, JsonSerializerOptions options)
    {
        var comparison = options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        string? kind = null;
        var seen = false;
        while (scan.Read() && scan.TokenType == JsonTokenType.PropertyName)
        {
            var isKind = string.Equals(scan.GetString(), KindProperty, comparison);
            scan.Read();
            if (!isKind)
            {
                SkipValue(ref scan);
                continue;
            }
            if (seen && !options.AllowDuplicateProperties)
                throw Within($"Duplicate property '{KindProperty}' encountered during deserialization.", scan);
            seen = true;
            kind = scan.TokenType switch
            {
                JsonTokenType.String => scan.GetString(),
                JsonTokenType.Null => null,
                _ => throw Within("The JSON value could not be converted to a kind of clause.", scan),
            };
        }
        return kind;
    }

    // The serializer hands a converter the whole value, but on a stream (an HTTP body) the reader is
    // not the final block, where Skip throws: TrySkip then always succeeds.
    private static void SkipValue(ref Utf8JsonReader reader)
    {
        if (!reader.TrySkip())
            throw new JsonException("The clause was cut short.");
    }

    private static JsonException Within(string message, Utf8JsonReader at) =>
        new(message, new JsonException(message, $"$.{KindProperty}", lineNumber: null, bytePositionInLine: null));
}
