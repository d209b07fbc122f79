namespace PerfEval.Host.Features.Reports;

/// <summary>
/// The sign-off boxes only the approval workflow writes — 项目单位意见, 主管部门意见, 财政部门意见 (opinion, signer,
/// date). Report writes (create, update, section update, the web form) ignore what the client puts there and keep the
/// stored boxes, so a preparer cannot forge an approval. The evaluation-group leader (评价组组长) is part of the form.
/// </summary>
internal static class WorkflowSignOffs
{
    /// <summary>Copies the workflow's boxes of <paramref name="stored"/> into <paramref name="incoming"/>, replacing what the client sent.</summary>
    public static void KeepFrom(ReportDocument stored, ReportDocument incoming)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(incoming);
        var leader = incoming.SignOffs?.EvaluationLeader ?? new SignOff();
        incoming.SignOffs = new SignOffs
        {
            EvaluationLeader = leader,
            Unit = stored.SignOffs?.Unit ?? new SignOff(),
            Department = stored.SignOffs?.Department ?? new SignOff(),
            Finance = stored.SignOffs?.Finance ?? new SignOff(),
        };
    }
}
