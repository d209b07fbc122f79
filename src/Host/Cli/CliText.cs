namespace PerfEval.Host.Cli;

/// <summary>Messages of the Cli feature people read (resources: CliText.resx).</summary>
public static class CliText
{
    private static readonly TextResources R = new(typeof(CliText));

    public static string CliRunAsync => R[nameof(CliRunAsync)];

    public static string CliRunAsync2 => R[nameof(CliRunAsync2)];

    public static string CliScoreAsync(object? a) =>
        R.Format(nameof(CliScoreAsync), a);

    public static string CliScoreAsync2(object? value) =>
        R.Format(nameof(CliScoreAsync2), value);

    public static string CliScoreAsync3 => R[nameof(CliScoreAsync3)];

    public static string CliScoreAsync4(object? ruleSetPath) =>
        R.Format(nameof(CliScoreAsync4), ruleSetPath);

    public static string CliScoreAsync5(object? checksRuleSetId) =>
        R.Format(nameof(CliScoreAsync5), checksRuleSetId);

    public static string CliValidateAsync => R[nameof(CliValidateAsync)];

    public static string CliValidateAsync2(object? id, object? version, object? title, object? count) =>
        R.Format(nameof(CliValidateAsync2), id, version, title, count);

    public static string CliValidateAsync3(object? path, object? count) =>
        R.Format(nameof(CliValidateAsync3), path, count);

    public static string CliFormatAsync => R[nameof(CliFormatAsync)];

    public static string CliFormatAsync2(object? path) =>
        R.Format(nameof(CliFormatAsync2), path);

    public static string CliStatic => R[nameof(CliStatic)];

    public static string CliStatic2 => R[nameof(CliStatic2)];

    public static string CliStatic3 => R[nameof(CliStatic3)];

    public static string CliStatic4(object? path, object? message) =>
        R.Format(nameof(CliStatic4), path, message);

    public static string CliLoadOrThrow => R[nameof(CliLoadOrThrow)];

    public static string CliLoadOrThrow2(object? path) =>
        R.Format(nameof(CliLoadOrThrow2), path);

    public static string CliReadFile(object? what, object? path, object? message) =>
        R.Format(nameof(CliReadFile), what, path, message);

    public static string CliParseWeights(object? p) =>
        R.Format(nameof(CliParseWeights), p);

    public static string CliResolveRuleSet(object? arg, object? value) =>
        R.Format(nameof(CliResolveRuleSet), arg, value);

    public static string ImportCommandRunAsync(object? a) =>
        R.Format(nameof(ImportCommandRunAsync), a);

    public static string ImportCommandRunAsync2(object? value) =>
        R.Format(nameof(ImportCommandRunAsync2), value);

    public static string ImportCommandRunAsync3 => R[nameof(ImportCommandRunAsync3)];

    public static string ImportCommandRunAsync4(object? path, object? message) =>
        R.Format(nameof(ImportCommandRunAsync4), path, message);

    public static string ImportCommandFailAsync => R[nameof(ImportCommandFailAsync)];

    public static string Usage => R[nameof(Usage)];
}
