using PerfEval.Rules.Templates;

namespace PerfEval.Host.Features.RubricEditor.Editor;

/// <summary>Every Chinese string of the rubric editor.</summary>
internal static partial class RubricText
{
    /// <summary>The audit's action codes as people read them.</summary>
    public static string AuditAction(string action) => action switch
    {
        "shipped" => AuditAction_shipped,
        "created" => AuditAction_created,
        "imported" => AuditAction_imported,
        "updated" => AuditAction_updated,
        "published" => AuditAction_published,
        "retired" => AuditAction_retired,
        _ => action,
    };

    public static string ImpactProgress(int done, int total) => total == 0 ? ImpactProgressTemplate : FormatImpactProgress_2(done, total);

    public static string Elapsed(long ms, int n) => FormatElapsedTemplate(n, ms);

    public static string StatusLabel(RuleSetStatus s) => s switch
    {
        RuleSetStatus.Draft => StatusLabel_Draft,
        RuleSetStatus.Published => StatusLabel_Published,
        _ => StatusLabel_Other,
    };

    public static string TemplateLabel(TemplateKind k) => k switch
    {
        TemplateKind.Ratio => TemplateLabel_Ratio,
        TemplateKind.ReverseRatio => TemplateLabel_ReverseRatio,
        TemplateKind.Equal => TemplateLabel_Equal,
        TemplateKind.Tiers => TemplateLabel_Tiers,
        TemplateKind.PerPointDeduction => TemplateLabel_PerPointDeduction,
        TemplateKind.Checklist => TemplateLabel_Checklist,
        TemplateKind.Choice => TemplateLabel_Choice,
        TemplateKind.PerViolationDeduction => TemplateLabel_PerViolationDeduction,
        TemplateKind.JudgmentRange => TemplateLabel_JudgmentRange,
        TemplateKind.QualitativeBands => TemplateLabel_QualitativeBands,
        TemplateKind.BudgetExecution => TemplateLabel_BudgetExecution,
        TemplateKind.IndicatorRows => TemplateLabel_IndicatorRows,
        _ => TemplateLabel_Other,
    };

    public static string MeasureLabel(string name) => $"{Measures.Label(name)}（{name}）";

    public static string ChangeLabel(RubricChangeKind k) => k switch
    {
        RubricChangeKind.Added => ChangeLabel_Added,
        RubricChangeKind.Removed => ChangeLabel_Removed,
        RubricChangeKind.PointsChanged => ChangeLabel_PointsChanged,
        RubricChangeKind.ScoringChanged => ChangeLabel_ScoringChanged,
        RubricChangeKind.TextChanged => ChangeLabel_TextChanged,
        _ => ChangeLabel_Other,
    };
}
