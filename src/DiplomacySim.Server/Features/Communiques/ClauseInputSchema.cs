using System.Text.Json.Nodes;
using DiplomacySim.Domain.Clauses;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DiplomacySim.Server.Features.Communiques;

/// <summary>
/// The OpenAPI document's shape of a submitted clause. <see cref="ClauseInput"/> is read by its own
/// converter, so the generator sees nothing in it; on the wire it is one flat object per kind: the
/// <c>kind</c> and that kind's terms (<see cref="ClauseKinds"/>), each term optional until validation.
/// </summary>
internal sealed class ClauseInputSchema : IOpenApiSchemaTransformer
{
    public async Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type != typeof(ClauseInput))
            return;

        schema.Type = JsonSchemaType.Object;
        schema.Description = "A clause: its kind and the terms of that kind, in one object.";
        schema.Required = new HashSet<string>(StringComparer.Ordinal) { "kind" };
        schema.Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            ["kind"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. ClauseKinds.All.Select(k => (JsonNode)k.Name)] },
        };
        schema.OneOf = [];
        foreach (var kind in ClauseKinds.All)
        {
            var terms = await context.GetOrCreateSchemaAsync(kind.Terms, null, cancellationToken);
            var properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
            {
                ["kind"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [(JsonNode)kind.Name] },
            };
            foreach (var (name, term) in terms.Properties ?? new Dictionary<string, IOpenApiSchema>())
                properties[name] = term;
            schema.OneOf.Add(new OpenApiSchema { Type = JsonSchemaType.Object, Title = kind.Name, Properties = properties, Required = new HashSet<string>(StringComparer.Ordinal) { "kind" } });
        }
    }
}
