using PerfEval.Host.Features.Attachments.Evidence;

namespace PerfEval.Host.Features.Attachments;

/// <summary>Evidence (佐证材料): limits, the store (database by default) and the requirement rules.</summary>
public static class AttachmentsModule
{
    public static WebApplicationBuilder AddAttachments(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<AttachmentOptions>()
            .Bind(builder.Configuration.GetSection(AttachmentOptions.Section))
            .Validate(o => o.MaxFileBytes > 0 && o.MaxReportBytes >= o.MaxFileBytes && o.MaxFilesPerReport > 0,
                "Attachments: MaxFileBytes must be positive, MaxReportBytes at least MaxFileBytes, MaxFilesPerReport positive.")
            .ValidateOnStart();
        builder.Services.AddScoped<IAttachmentStore, DatabaseAttachmentStore>();
        builder.Services.AddScoped<EvidenceRules>();
        builder.Services.AddScoped<AttachmentTargetNames>();
        return builder;
    }
}
