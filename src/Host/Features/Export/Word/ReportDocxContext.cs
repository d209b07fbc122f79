using PerfEval.Rules.Model;

namespace PerfEval.Host.Features.Export.Word;

/// <summary>What every part of the Word form needs: the form content and which kind of report it is.</summary>
internal sealed record ReportDocxContext(ReportDocument Content, ReportKind Kind)
{
    public bool IsDepartment => Kind == ReportKind.Department || Content.Department is not null;

    /// <summary>"项目" or "部门" for labels that differ between the two kinds.</summary>
    public string Subject => IsDepartment ? "部门" : "项目";
}
