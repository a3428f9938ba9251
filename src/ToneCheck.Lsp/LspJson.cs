using System.Text.Json;
using System.Text.Json.Serialization;

namespace ToneCheck.Lsp;

/// <summary>
/// JSON as LSP writes it: camel-case names, absent optional fields left out. A message without a required field, or
/// with null where the specification has a value, fails to deserialize instead of reaching a handler half-filled.
/// </summary>
internal static class LspJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };
}
