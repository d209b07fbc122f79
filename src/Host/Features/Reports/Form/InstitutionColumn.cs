namespace PerfEval.Host.Features.Reports.Form;

/// <summary>One numeric column of a per-institution table: label, JSON key, and how to read/write the row.</summary>
public sealed record InstitutionColumn<TRow>(string Label, string Key, Func<TRow, decimal?> Get, Action<TRow, decimal?> Set);
