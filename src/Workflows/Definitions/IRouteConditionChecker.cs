namespace PerfEval.Workflows.Definitions;

/// <summary>
/// Checks a route condition before a definition is accepted. The workflow library does not know the expression language:
/// the host implements this with the rules engine (the rubric expression whitelist, limits and dry run).
/// </summary>
public interface IRouteConditionChecker
{
    /// <summary>Every reason the condition is refused (Chinese); empty when it may be used.</summary>
    /// <param name="expression">The condition text.</param>
    IReadOnlyList<string> Check(string expression);
}
