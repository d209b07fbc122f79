namespace PerfEval.Host.DemoData;

public static class DemoModule
{
    public static WebApplicationBuilder AddDemoData(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<DemoSettings>(builder.Configuration.GetSection("Demo"));
        builder.Services.AddStartupTask<DemoDataTask>();
        return builder;
    }
}
