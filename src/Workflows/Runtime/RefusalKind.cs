namespace PerfEval.Workflows.Runtime;

/// <summary>Why an action cannot be taken (the host maps these to 409 / 403 / 400).</summary>
public enum RefusalKind
{
    /// <summary>Not refused.</summary>
    None,

    /// <summary>The action does not exist in the report's current stage (409).</summary>
    NotAvailable,

    /// <summary>The actor has the wrong role or sits at the wrong organisation (403).</summary>
    Forbidden,

    /// <summary>The actor may act but the input is incomplete, e.g. a return without comment (400).</summary>
    InvalidInput,
}
