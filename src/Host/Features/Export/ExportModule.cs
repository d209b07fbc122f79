namespace PerfEval.Host.Features.Export;

/// <summary>Settings of the exports (section <c>Export</c>).</summary>
public sealed class ExportSettings
{
    /// <summary>
    /// Time zone of the bureau's calendar, in which round deadlines are days (IANA or Windows id).
    /// Overdue days in the Excel export are counted in it.
    /// </summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>The resolved time zone; China Standard Time (UTC+8, no daylight saving) when the system has no tz data.</summary>
    public TimeZoneInfo ResolveTimeZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
        }
        catch (TimeZoneNotFoundException) when (TimeZone == "Asia/Shanghai")
        {
            return TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}

/// <summary>Word and Excel export of reports (the handlers are found by the Mediator source generator).</summary>
public static class ExportModule
{
    public static WebApplicationBuilder AddExport(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ExportSettings>()
            .Bind(builder.Configuration.GetSection("Export"))
            .Validate(IsKnownTimeZone, "Export:TimeZone is not a time zone this system knows (use an IANA id such as Asia/Shanghai).")
            .ValidateOnStart();
        return builder;
    }

    private static bool IsKnownTimeZone(ExportSettings settings)
    {
        try
        {
            _ = settings.ResolveTimeZone();
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }
}
