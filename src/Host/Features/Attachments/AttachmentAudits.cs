using System.Data.Common;

namespace PerfEval.Host.Features.Attachments;

/// <summary>Audit rows of uploads and deletes, and the unique-key signal of a concurrent store.</summary>
internal static class AttachmentAudits
{
    public static AttachmentAudit Row(Attachment a, string action, UserContext user, string stage, DateTime at) => new()
    {
        ReportId = a.ReportId,
        AttachmentId = a.Id,
        Action = action,
        FileName = a.FileName,
        Sha256 = a.Sha256,
        Length = a.Length,
        Target = AttachmentTarget.Of(a).Describe(),
        ActorUserName = user.UserName,
        ActorDisplayName = user.DisplayName,
        ActorRole = user.Role,
        Stage = stage,
        AtUtc = at,
    };

    /// <summary>A unique-key violation, raised by EF (<see cref="DbUpdateException"/>) or by a raw insert of the store.</summary>
    public static bool IsUniqueViolation(Exception e) => e switch
    {
        DbUpdateException u => u.IsUniqueViolation(),
        DbException d => new DbUpdateException("", d).IsUniqueViolation(),
        _ => false,
    };
}
