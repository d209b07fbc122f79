using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace PerfEval.Workflows.Definitions;

/// <summary>Reads and writes workflow definitions as JSON (camelCase, enums as camelCase names, Chinese kept readable).</summary>
public static class WorkflowDefinitionJson
{
    /// <summary>The serializer options used for definitions.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        // A null where the model has none (stages, actions, codes) is a refusal naming the path, not a crash later.
        RespectNullableAnnotations = true,
    };

    /// <summary>Parses a definition; malformed JSON is refused with the position and reason.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The definition (not yet validated: call <see cref="WorkflowDefinitionValidator.Validate"/>).</returns>
    /// <exception cref="WorkflowDefinitionException">The text is not a definition.</exception>
    public static WorkflowDefinition Parse(string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        try
        {
            return JsonSerializer.Deserialize<WorkflowDefinition>(json, Options)
                ?? throw new WorkflowDefinitionException([new DefinitionError("$", "流程定义为空。")]);
        }
        catch (JsonException e)
        {
            throw new WorkflowDefinitionException([new DefinitionError(string.IsNullOrEmpty(e.Path) ? "$" : e.Path, $"JSON 格式错误：{e.Message}")]);
        }
    }

    /// <summary>Parses and validates; refuses an inconsistent definition with every reason.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>A definition that passed <see cref="WorkflowDefinitionValidator.Validate"/>.</returns>
    /// <exception cref="WorkflowDefinitionException">The text is malformed or the definition inconsistent.</exception>
    public static WorkflowDefinition ParseValid(string json)
    {
        var definition = Parse(json);
        var errors = WorkflowDefinitionValidator.Validate(definition);
        return errors.Count == 0 ? definition : throw new WorkflowDefinitionException(errors);
    }

    /// <summary>Writes a definition as indented JSON.</summary>
    /// <param name="definition">The definition.</param>
    public static string Serialize(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return JsonSerializer.Serialize(definition, Options);
    }
}
