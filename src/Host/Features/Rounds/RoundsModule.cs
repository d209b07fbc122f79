namespace PerfEval.Host.Features.Rounds;

public static class RoundsModule
{
    /// <summary>Evaluation rounds (自评任务) and the <see cref="IRoundGate"/> the workflow's submit calls.</summary>
    public static WebApplicationBuilder AddRounds(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<RoundQueries>();
        builder.Services.AddScoped<IRoundGate, RoundGate>();
        return builder;
    }
}
