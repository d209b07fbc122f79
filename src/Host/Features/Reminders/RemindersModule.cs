using Microsoft.Extensions.DependencyInjection.Extensions;
using PerfEval.Host.Features.Reminders.Email;

namespace PerfEval.Host.Features.Reminders;

public static class RemindersModule
{
    /// <summary>Reminder options, the stage directory and the senders (in-app always; e-mail when <c>Smtp:Host</c> is set).</summary>
    public static WebApplicationBuilder AddReminders(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<ReminderOptions>()
            .Bind(builder.Configuration.GetSection(ReminderOptions.Section))
            .Validate(o => o.EscalateAfterDays >= 0, "Reminders:EscalateAfterDays must be 0 or more.")
            .Validate(o => o.StageDueDays.Values.All(d => d >= 0), "Reminders:StageDueDays values must be 0 or more.")
            .ValidateOnStart();
        // Fallback when no workflow module supplies stage facts from the definitions.
        services.TryAddSingleton<IStageDirectory, ShippedStageDirectory>();
        services.AddScoped<IReminderSender, InAppReminderSender>();

        var smtp = builder.Configuration.GetSection(SmtpOptions.Section).Get<SmtpOptions>() ?? new SmtpOptions();
        services.AddOptions<SmtpOptions>()
            .Bind(builder.Configuration.GetSection(SmtpOptions.Section))
            .Validate(o => !o.IsConfigured || !string.IsNullOrWhiteSpace(o.From), "Smtp:From is required when Smtp:Host is set.")
            .Validate(o => !o.IsConfigured || Enum.TryParse<MailKit.Security.SecureSocketOptions>(o.Security, true, out _),
                "Smtp:Security must be Auto, None, SslOnConnect, StartTls or StartTlsWhenAvailable.")
            .ValidateOnStart();
        if (smtp.IsConfigured)
        {
            services.AddScoped<IReminderSender, MailKitReminderSender>();
        }

        return builder;
    }
}
