using PerfEval.Rules.Templates;

namespace PerfEval.Host.Features.RubricEditor.Editor;

/// <summary>Every Chinese string of the rubric editor.</summary>
public static class RubricText
{
    private static readonly TextResources R = new(typeof(RubricText));

    public static string Nav => R[nameof(Nav)];
    public static string ListTitle => R[nameof(ListTitle)];
    public static string ListHint => R[nameof(ListHint)];
    public static string ColId => R[nameof(ColId)];
    public static string ColTitle => R[nameof(ColTitle)];
    public static string ColPublished => R[nameof(ColPublished)];
    public static string ColDraft => R[nameof(ColDraft)];
    public static string ColVersions => R[nameof(ColVersions)];
    public static string Edit => R[nameof(Edit)];
    public static string NewRubric => R[nameof(NewRubric)];
    public static string NewId => R[nameof(NewId)];
    public static string NewTitle => R[nameof(NewTitle)];
    public static string Create => R[nameof(Create)];
    public static string Import => R[nameof(Import)];
    public static string ImportHint => R[nameof(ImportHint)];
    public static string ImportFailedCount(int n) => R.Format("ImportFailedCount", n);
    public static string ImportOk => R[nameof(ImportOk)];
    public static string Export => R[nameof(Export)];
    public static string SaveDraft => R[nameof(SaveDraft)];
    public static string Saved => R[nameof(Saved)];
    public static string Publish => R[nameof(Publish)];
    public static string ChangeNote => R[nameof(ChangeNote)];
    public static string PublishBlocked => R[nameof(PublishBlocked)];
    public static string NeedNote => R[nameof(NeedNote)];
    public static string Published => R[nameof(Published)];
    public static string Unsaved => R[nameof(Unsaved)];

    // Tree
    public static string Tree => R[nameof(Tree)];
    public static string Level1Total => R[nameof(Level1Total)];
    public static string AddLevel1 => R[nameof(AddLevel1)];
    public static string AddLevel2 => R[nameof(AddLevel2)];
    public static string AddIndicator => R[nameof(AddIndicator)];
    public static string NewLevel1 => R[nameof(NewLevel1)];
    public static string NewLevel2 => R[nameof(NewLevel2)];
    public static string NewIndicator => R[nameof(NewIndicator)];
    public static string Name => R[nameof(Name)];
    public static string Points => R[nameof(Points)];
    public static string MoveUp => R[nameof(MoveUp)];
    public static string MoveDown => R[nameof(MoveDown)];
    public static string DragToMove => R[nameof(DragToMove)];
    public static string Delete => R[nameof(Delete)];
    public static string SumOf(decimal sum, decimal points) => R.Format("SumOf", sum, points);

    // Template form
    public static string Indicator => R[nameof(Indicator)];
    public static string IndicatorColumn => R[nameof(IndicatorColumn)];
    public static string SelectIndicator => R[nameof(SelectIndicator)];
    public static string Template => R[nameof(Template)];
    public static string NotARuleSetFile => R[nameof(NotARuleSetFile)];

    /// <summary>The audit's action codes as people read them.</summary>
    public static string AuditAction(string action) => action switch
    {
        "shipped" => R["AuditAction_shipped"],
        "created" => R["AuditAction_created"],
        "imported" => R["AuditAction_imported"],
        "updated" => R["AuditAction_updated"],
        "published" => R["AuditAction_published"],
        "retired" => R["AuditAction_retired"],
        _ => action,
    };

    public static string Standard => R[nameof(Standard)];
    public static string StandardHint => R[nameof(StandardHint)];
    public static string StandardShown => R[nameof(StandardShown)];
    public static string AllowNotApplicable => R[nameof(AllowNotApplicable)];
    public static string ActualLabel => R[nameof(ActualLabel)];
    public static string TargetLabel => R[nameof(TargetLabel)];
    public static string NotApplicablePolicy => R[nameof(NotApplicablePolicy)];
    public static string NotApplicableRescale => R[nameof(NotApplicableRescale)];
    public static string NotApplicableZero => R[nameof(NotApplicableZero)];
    public static string Evidence => R[nameof(Evidence)];
    public static string EvidenceRequired => R[nameof(EvidenceRequired)];
    public static string EvidenceOptional => R[nameof(EvidenceOptional)];
    public static string EvidenceError => R[nameof(EvidenceError)];
    public static string EvidenceWarning => R[nameof(EvidenceWarning)];
    public static string Actual => R[nameof(Actual)];
    public static string Target => R[nameof(Target)];
    public static string FixedTarget => R[nameof(FixedTarget)];
    public static string FixedValue => R[nameof(FixedValue)];
    public static string Unit => R[nameof(Unit)];
    public static string Cap => R[nameof(Cap)];
    public static string Formula => R[nameof(Formula)];
    public static string FormulaLinear => R[nameof(FormulaLinear)];
    public static string FormulaOver => R[nameof(FormulaOver)];
    public static string Tolerance => R[nameof(Tolerance)];
    public static string Otherwise => R[nameof(Otherwise)];
    public static string OtherwiseZero => R[nameof(OtherwiseZero)];
    public static string OtherwiseProportional => R[nameof(OtherwiseProportional)];
    public static string Direction => R[nameof(Direction)];
    public static string DirectionBelow => R[nameof(DirectionBelow)];
    public static string DirectionAbove => R[nameof(DirectionAbove)];
    public static string PerUnit => R[nameof(PerUnit)];
    public static string Tiers => R[nameof(Tiers)];
    public static string TierLower => R[nameof(TierLower)];
    public static string TierUpper => R[nameof(TierUpper)];
    public static string TierIncl => R[nameof(TierIncl)];
    public static string TierScore => R[nameof(TierScore)];
    public static string AddRow => R[nameof(AddRow)];
    public static string Items => R[nameof(Items)];
    public static string ItemId => R[nameof(ItemId)];
    public static string ItemLabel => R[nameof(ItemLabel)];
    public static string Options => R[nameof(Options)];
    public static string Cases => R[nameof(Cases)];
    public static string Deductions => R[nameof(Deductions)];
    public static string Min => R[nameof(Min)];
    public static string Max => R[nameof(Max)];
    public static string Bands => R[nameof(Bands)];
    public static string LowerPercent => R[nameof(LowerPercent)];
    public static string UpperPercent => R[nameof(UpperPercent)];
    public static string ExplainBelow => R[nameof(ExplainBelow)];
    public static string Keywords => R[nameof(Keywords)];
    public static string MatchLevel2 => R[nameof(MatchLevel2)];
    public static string ExcludeKeywords => R[nameof(ExcludeKeywords)];
    public static string Advanced => R[nameof(Advanced)];
    public static string AdvancedHint => R[nameof(AdvancedHint)];
    public static string Expression => R[nameof(Expression)];
    public static string RawExpression => R[nameof(RawExpression)];
    public static string ExpressionOk => R[nameof(ExpressionOk)];
    public static string ExpressionCannot => R[nameof(ExpressionCannot)];

    // Verification
    public static string Verification => R[nameof(Verification)];
    public static string NoProblems => R[nameof(NoProblems)];
    public static string ProblemCount(int n) => R.Format("ProblemCount", n);

    // Try it
    public static string TryIt => R[nameof(TryIt)];
    public static string TryItHint => R[nameof(TryItHint)];
    public static string PickReport => R[nameof(PickReport)];
    public static string PasteJson => R[nameof(PasteJson)];
    public static string UsePasted => R[nameof(UsePasted)];
    public static string BadReportJson => R[nameof(BadReportJson)];
    public static string Total => R[nameof(Total)];
    public static string Grade => R[nameof(Grade)];
    public static string Score => R[nameof(Score)];
    public static string Reason => R[nameof(Reason)];
    public static string NotLoaded => R[nameof(NotLoaded)];

    // Impact
    public static string Impact => R[nameof(Impact)];
    public static string ImpactHint => R[nameof(ImpactHint)];
    public static string RunImpact => R[nameof(RunImpact)];
    public static string ImpactNoMovers => R[nameof(ImpactNoMovers)];
    public static string ImpactWhatIf => R[nameof(ImpactWhatIf)];
    public static string ImpactReports => R[nameof(ImpactReports)];
    public static string ImpactScoreChanged => R[nameof(ImpactScoreChanged)];
    public static string ImpactGradeChanged => R[nameof(ImpactGradeChanged)];
    public static string ImpactMatrix => R[nameof(ImpactMatrix)];
    public static string ImpactMovers => R[nameof(ImpactMovers)];
    public static string ImpactCancel => R[nameof(ImpactCancel)];
    public static string ImpactCancelled => R[nameof(ImpactCancelled)];

    public static string ImpactProgress(int done, int total) => total == 0 ? R["ImpactProgress"] : R.Format("ImpactProgress_2", done, total);
    public static string Before => R[nameof(Before)];
    public static string After => R[nameof(After)];
    public static string Delta => R[nameof(Delta)];
    public static string NoPublished => R[nameof(NoPublished)];
    public static string TryWeights(string round, string weights) => R.Format("TryWeights", round, weights);

    public static string Elapsed(long ms, int n) => R.Format("Elapsed", n, ms);

    // Versions
    public static string Versions => R[nameof(Versions)];
    public static string Version => R[nameof(Version)];
    public static string Status => R[nameof(Status)];
    public static string Note => R[nameof(Note)];
    public static string Author => R[nameof(Author)];
    public static string When => R[nameof(When)];
    public static string Rollback => R[nameof(Rollback)];
    public static string Retire => R[nameof(Retire)];
    public static string Retired => R[nameof(Retired)];
    public static string RolledBack => R[nameof(RolledBack)];
    public static string Diff => R[nameof(Diff)];
    public static string DiffFrom => R[nameof(DiffFrom)];
    public static string DiffTo => R[nameof(DiffTo)];
    public static string Compare => R[nameof(Compare)];
    public static string NoDiff => R[nameof(NoDiff)];
    public static string Audit => R[nameof(Audit)];
    public static string Action => R[nameof(Action)];
    public static string WorkingCopy => R[nameof(WorkingCopy)];

    // Grade bands
    public static string GradeBands => R[nameof(GradeBands)];
    public static string Aliases => R[nameof(Aliases)];
    public static string MaxInclusive => R[nameof(MaxInclusive)];

    public static string StatusLabel(RuleSetStatus s) => s switch
    {
        RuleSetStatus.Draft => R["StatusLabel_Draft"],
        RuleSetStatus.Published => R["StatusLabel_Published"],
        _ => R["StatusLabel_Other"],
    };

    public static string TemplateLabel(TemplateKind k) => k switch
    {
        TemplateKind.Ratio => R["TemplateLabel_Ratio"],
        TemplateKind.ReverseRatio => R["TemplateLabel_ReverseRatio"],
        TemplateKind.Equal => R["TemplateLabel_Equal"],
        TemplateKind.Tiers => R["TemplateLabel_Tiers"],
        TemplateKind.PerPointDeduction => R["TemplateLabel_PerPointDeduction"],
        TemplateKind.Checklist => R["TemplateLabel_Checklist"],
        TemplateKind.Choice => R["TemplateLabel_Choice"],
        TemplateKind.PerViolationDeduction => R["TemplateLabel_PerViolationDeduction"],
        TemplateKind.JudgmentRange => R["TemplateLabel_JudgmentRange"],
        TemplateKind.QualitativeBands => R["TemplateLabel_QualitativeBands"],
        TemplateKind.BudgetExecution => R["TemplateLabel_BudgetExecution"],
        TemplateKind.IndicatorRows => R["TemplateLabel_IndicatorRows"],
        _ => R["TemplateLabel_Other"],
    };

    public static string MeasureLabel(string name) => $"{Measures.Label(name)}（{name}）";

    public static string ChangeLabel(RubricChangeKind k) => k switch
    {
        RubricChangeKind.Added => R["ChangeLabel_Added"],
        RubricChangeKind.Removed => R["ChangeLabel_Removed"],
        RubricChangeKind.PointsChanged => R["ChangeLabel_PointsChanged"],
        RubricChangeKind.ScoringChanged => R["ChangeLabel_ScoringChanged"],
        RubricChangeKind.TextChanged => R["ChangeLabel_TextChanged"],
        _ => R["ChangeLabel_Other"],
    };

    public static string IndicatorSummaryDescribe(object? t, object? value) =>
        R.Format(nameof(IndicatorSummaryDescribe), t, value);

    public static string IndicatorSummaryDescribe2(object? label, object? value) =>
        R.Format(nameof(IndicatorSummaryDescribe2), label, value);

    public static string IndicatorSummaryDescribe3(object? label, object? value) =>
        R.Format(nameof(IndicatorSummaryDescribe3), label, value);

    public static string IndicatorSummaryDescribe4(object? label, object? value, object? value2) =>
        R.Format(nameof(IndicatorSummaryDescribe4), label, value, value2);

    public static string IndicatorSummaryDescribe5(object? value, object? value2) =>
        R.Format(nameof(IndicatorSummaryDescribe5), value, value2);

    public static string IndicatorSummaryDescribe6(object? value) =>
        R.Format(nameof(IndicatorSummaryDescribe6), value);

    public static string IndicatorSummaryDescribe7(object? value, object? value2, object? value3, object? value4) =>
        R.Format(nameof(IndicatorSummaryDescribe7), value, value2, value3, value4);

    public static string IndicatorSummaryDescribe8(object? value) =>
        R.Format(nameof(IndicatorSummaryDescribe8), value);

    public static string IndicatorSummaryDescribe9(object? name, object? value, object? value2) =>
        R.Format(nameof(IndicatorSummaryDescribe9), name, value, value2);

    public static string IndicatorSummaryDescribe10(object? name, object? value) =>
        R.Format(nameof(IndicatorSummaryDescribe10), name, value);

    public static string Above => R[nameof(Above)];
    public static string Below => R[nameof(Below)];
    public static string EmptyDocument => R[nameof(EmptyDocument)];
}
