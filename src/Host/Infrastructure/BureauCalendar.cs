namespace PerfEval.Host.Infrastructure;

/// <summary>Configuration section <c>Bureau</c>: facts about the finance bureau the service runs for.</summary>
public sealed class BureauOptions
{
    public const string Section = "Bureau";

    /// <summary>
    /// The bureau's time zone (IANA id such as <c>Asia/Shanghai</c>, or a Windows id): it decides what "today", a deadline
    /// day, a sign-off date and every time shown to people mean. The one place the time zone is configured.
    /// </summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";
}

/// <summary>
/// The bureau's calendar: its time zone and "today", from the injected clock. Reminders, sign-off dates, the dashboard,
/// exports and the web UI all read days and times through it, so changing <see cref="BureauOptions.TimeZone"/> moves them
/// all together.
/// </summary>
public sealed class BureauCalendar
{
    private readonly TimeProvider _clock;

    /// <summary>Creates the calendar.</summary>
    /// <exception cref="ArgumentException">The configured time zone is unknown (refused at start-up).</exception>
    public BureauCalendar(IOptions<BureauOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        _clock = clock;
        Zone = Resolve(options.Value.TimeZone) ?? throw new ArgumentException($"Bureau:TimeZone '{options.Value.TimeZone}' is not a known time zone.", nameof(options));
    }

    /// <summary>The bureau's time zone.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>The bureau's local date and time now.</summary>
    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), Zone);

    /// <summary>The bureau's calendar day now.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    /// <summary>The bureau's calendar day of an instant.</summary>
    /// <param name="instant">An instant.</param>
    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>A UTC time stored by the service, as the bureau's local time (for display).</summary>
    /// <param name="utc">A UTC time (its kind is ignored: stored times are UTC).</param>
    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The time zone of <paramref name="id"/>; China Standard Time (UTC+8) for Asia/Shanghai on a system without tz data; null when unknown.</summary>
    /// <param name="id">IANA or Windows time zone id.</param>
    public static TimeZoneInfo? Resolve(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return id == "Asia/Shanghai" ? TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time") : null;
        }
    }
}
