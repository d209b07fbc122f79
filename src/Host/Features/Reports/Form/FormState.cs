namespace PerfEval.Host.Features.Reports.Form;

/// <summary>
/// What every section of the report form shares: read-only or not, the server's field errors keyed by path
/// (e.g. <c>basic.projectName</c>, <c>indicators[0].level3</c>) and the "something was edited" callback.
/// </summary>
public sealed partial class FormState
{
    private readonly Dictionary<string, string> _errors = new(StringComparer.OrdinalIgnoreCase);

    public bool ReadOnly { get; set; }

    /// <summary>Called after every edit (marks the form dirty, schedules the live score).</summary>
    public Func<Task> Edited { get; set; } = () => Task.CompletedTask;

    public Task OnEdited() => Edited();

    public int ErrorCount => _errors.Count;

    private readonly Dictionary<string, string> _inputErrors = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Inputs whose typed text could not be read (shown at the field; nothing in the report changed). A save waits for them.</summary>
    public IReadOnlyDictionary<string, string> InputErrors => _inputErrors;

    /// <summary>An input holds text it cannot read.</summary>
    public void SetInputError(string path, string message) => _inputErrors[Normalize(path)] = message;

    /// <summary>The input's text reads again.</summary>
    public void ClearInputError(string path) => _inputErrors.Remove(Normalize(path));

    /// <summary>Forgets pending input errors (the form was reloaded).</summary>
    public void ClearInputErrors() => _inputErrors.Clear();

    public IEnumerable<KeyValuePair<string, string>> Errors => _errors;

    public string? Error(string path) => _errors.GetValueOrDefault(Normalize(path));

    public bool HasError(string path) => _errors.ContainsKey(Normalize(path));

    /// <summary>What the error summary opens with: a refused save by default, or the submission gate's own sentence.</summary>
    public string? ErrorHeading { get; private set; }

    /// <summary>The lines of the error summary: one per error (a refused submission lists each as the API does).</summary>
    public IReadOnlyList<string> SummaryLines => _lines?.Select(l => l.Message).ToList() ?? [.. _errors.Values];

    /// <summary>The summary's lines with the field each names (empty path: not at one field), for links to the field.</summary>
    public IReadOnlyList<(string Path, string Message)> SummaryItems => _lines ?? [.. _errors.Select(e => (e.Key, e.Value))];

    private List<(string Path, string Message)>? _lines;

    public void ClearErrors()
    {
        _errors.Clear();
        ErrorHeading = null;
        _lines = null;
    }

    /// <summary>A refused submission: the gate's sentence, every message as listed, and each at its field.</summary>
    public void ShowRefusal(string heading, IEnumerable<(string? Field, string Message)> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ClearErrors();
        ErrorHeading = heading;
        _lines = [];
        foreach (var (field, message) in errors)
        {
            _lines.Add((Normalize(field ?? ""), message));
            if (!string.IsNullOrWhiteSpace(field))
            {
                AddError(field, message);
            }
        }
    }

    /// <summary>Adds an error from a validator property name (<c>Content.Basic.ProjectName</c>) or a problem field.</summary>
    public void AddError(string property, string message)
    {
        var key = Normalize(property);
        _errors[key] = _errors.TryGetValue(key, out var existing) ? existing + " " + message : message;
    }

    /// <summary>Drops the "Content." prefix and lower-cases the first letter of each segment.</summary>
    public static string Normalize(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var p = path.Trim();
        if (p.StartsWith("content.", StringComparison.OrdinalIgnoreCase))
        {
            p = p["content.".Length..];
        }

        return SegmentStart().Replace(p, m => m.Value.ToLowerInvariant());
    }

    [GeneratedRegex(@"(^|\.)[A-Z]")]
    private static partial Regex SegmentStart();
}
