using PerfEval.Host.Features.Import;
using PerfEval.Host.Features.Import.Recognition;
using PerfEval.Host.Features.Import.Source;

namespace PerfEval.Host.Cli;

/// <summary>
/// <c>import &lt;file.docx|file.txt&gt; [--kind project|department]</c>: prints <c>{ kind, content, notes }</c>, where kind and
/// content are exactly what <c>POST /api/reports</c> accepts; exit 2 with the reason on stderr for input that is not a readable report.
/// </summary>
public static class ImportCommand
{
    /// <summary>Runs the command.</summary>
    /// <param name="args">The arguments after <c>import</c>.</param>
    /// <param name="output">Standard output (the JSON).</param>
    /// <param name="error">Standard error (messages).</param>
    /// <param name="maxFileBytes">The size limit (default <see cref="ImportOptions.DefaultMaxFileBytes"/>).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, long maxFileBytes = ImportOptions.DefaultMaxFileBytes)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        string? path = null;
        ReportKind? kind = null;
        for (var n = 0; n < args.Length; n++)
        {
            switch (args[n])
            {
                case "--kind" when n + 1 < args.Length:
                    kind = ParseKind(args[++n]);
                    if (kind is null)
                    {
                        return await FailAsync(error, ImportText.FormatUnknownKind(args[n])).ConfigureAwait(false);
                    }

                    break;
                case var a when a.StartsWith("--", StringComparison.Ordinal):
                    return await FailAsync(error, CliText.FormatImportCommandRunAsync(a)).ConfigureAwait(false);
                default:
                    if (path is not null)
                    {
                        return await FailAsync(error, CliText.FormatImportCommandRunAsync2(args[n])).ConfigureAwait(false);
                    }

                    path = args[n];
                    break;
            }
        }

        if (path is null)
        {
            return await FailAsync(error, CliText.ImportCommandRunAsync3).ConfigureAwait(false);
        }

        var resolved = Cli.ResolvePath(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(resolved);
            if (info.Exists && info.Length > maxFileBytes)
            {
                return await FailAsync(error, ImportText.TooLarge(maxFileBytes)).ConfigureAwait(false);
            }

            bytes = await File.ReadAllBytesAsync(resolved).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return await FailAsync(error, CliText.FormatImportCommandRunAsync4(path, ex.Message)).ConfigureAwait(false);
        }

        try
        {
            var (document, _) = ImportFile.ReadReport(bytes, Path.GetFileName(path));
            var preview = ReportRecogniser.Recognise(document, kind);
            var json = JsonSerializer.Serialize(preview, new JsonSerializerOptions(JsonDefaults.Options) { WriteIndented = true });
            await output.WriteLineAsync(json).ConfigureAwait(false);
            return Cli.Ok;
        }
        catch (ImportRefusedException ex)
        {
            return await FailAsync(error, ex.Message).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A layout the recogniser trips on is bad input for the user, with the fault shown for the developer.
            return await FailAsync(error, ImportText.RecogniserFault(Path.GetFileName(path)) + $"（{ex.GetType().Name}: {ex.Message}）").ConfigureAwait(false);
        }
    }

    /// <summary>"project" / "department" (as in JSON, any case).</summary>
    public static ReportKind? ParseKind(string? text) =>
        Enum.TryParse<ReportKind>(text, ignoreCase: true, out var k) && Enum.IsDefined(k) && !int.TryParse(text, out _) ? k : null;

    private static async Task<int> FailAsync(TextWriter error, string message)
    {
        await error.WriteLineAsync(CliText.ImportCommandFailAsync + message).ConfigureAwait(false);
        return Cli.BadInput;
    }
}
