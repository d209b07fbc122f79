namespace PerfEval.Host.Features.RubricEditor;

public static class RubricEditorModule
{
    /// <summary>The low-code rubric editor's services (the store is a seam; see <see cref="IRubricStore"/>).</summary>
    public static WebApplicationBuilder AddRubricEditor(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IRubricStore, RuleSetRubricStore>();
        return builder;
    }
}
