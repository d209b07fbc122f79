namespace PerfEval.Host.Features.Export;

/// <summary>Word and Excel export of reports (handlers are found by the Mediator source generator).</summary>
public static class ExportModule
{
    public static WebApplicationBuilder AddExport(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Nothing to register yet beyond the handlers; the module keeps Program.cs a list of features.
        return builder;
    }
}
