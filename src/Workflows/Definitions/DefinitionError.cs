namespace PerfEval.Workflows.Definitions;

/// <summary>One reason a definition is refused: where (a JSON-like path) and why (Chinese).</summary>
/// <param name="Path">Where the problem is, e.g. <c>stages[2].actions[0].to</c>.</param>
/// <param name="Message">What is wrong.</param>
public sealed record DefinitionError(string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>Thrown when a definition cannot be used; carries every reason.</summary>
public sealed class WorkflowDefinitionException : Exception
{
    /// <summary>Creates the exception from the reasons.</summary>
    /// <param name="errors">The reasons (at least one).</param>
    public WorkflowDefinitionException(IReadOnlyList<DefinitionError> errors)
        : base("流程定义无效：" + string.Join("；", errors ?? throw new ArgumentNullException(nameof(errors))))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception with a single message.</summary>
    public WorkflowDefinitionException()
        : this([new DefinitionError("$", "流程定义无效。")])
    {
    }

    /// <summary>Creates the exception with a single message.</summary>
    /// <param name="message">The reason.</param>
    public WorkflowDefinitionException(string message)
        : this([new DefinitionError("$", message)])
    {
    }

    /// <summary>Creates the exception with a single message and cause.</summary>
    /// <param name="message">The reason.</param>
    /// <param name="innerException">The cause.</param>
    public WorkflowDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new DefinitionError("$", message)];
    }

    /// <summary>Every reason the definition was refused.</summary>
    public IReadOnlyList<DefinitionError> Errors { get; } = [];
}
