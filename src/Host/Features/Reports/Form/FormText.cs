namespace PerfEval.Host.Features.Reports.Form;

/// <summary>Chinese labels of the report form, in the order of the paper form (part of the UI text resources).</summary>
public static class FormText
{
    private static readonly TextResources R = new(typeof(FormText));

    public static string Basic => R[nameof(Basic)];
    public static string ProjectName => R[nameof(ProjectName)];
    public static string UnitName => R[nameof(UnitName)];
    public static string SupervisingDepartment => R[nameof(SupervisingDepartment)];
    public static string EvaluationType => R[nameof(EvaluationType)];
    public static string EvaluationMethod => R[nameof(EvaluationMethod)];
    public static string EvaluationBody => R[nameof(EvaluationBody)];
    public static string Year => R[nameof(Year)];
    public static string ReportDate => R[nameof(ReportDate)];
    public static string PersonInCharge => R[nameof(PersonInCharge)];
    public static string Phone => R[nameof(Phone)];
    public static string Address => R[nameof(Address)];
    public static string Postcode => R[nameof(Postcode)];
    public static string StartDate => R[nameof(StartDate)];
    public static string EndDate => R[nameof(EndDate)];

    public static string Funding => R[nameof(Funding)];
    public static string FundingRowHeader => R[nameof(FundingRowHeader)];
    public static string Planned => R[nameof(Planned)];
    public static string Arrived => R[nameof(Arrived)];
    public static string Spent => R[nameof(Spent)];
    public static string Balance => R[nameof(Balance)];
    public static string Central => R[nameof(Central)];
    public static string Provincial => R[nameof(Provincial)];
    public static string City => R[nameof(City)];
    public static string County => R[nameof(County)];
    public static string Other => R[nameof(Other)];
    public static string Total => R[nameof(Total)];
    public static string ExecutionRate => R[nameof(ExecutionRate)];
    public static string ExecutionRateHint => R[nameof(ExecutionRateHint)];
    public const string NotComputable = "—";

    public static string ExecutionExplanation(decimal below) => R.Format("ExecutionExplanation", below.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture));

    public static string StatedDiffers(decimal computed) => R.Format("StatedDiffers", computed.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture));

    public static string Expenditure => R[nameof(Expenditure)];
    public static string ExpenditureUnit => R[nameof(ExpenditureUnit)];
    public static string ExpContent => R[nameof(ExpContent)];
    public static string ExpPlanned => R[nameof(ExpPlanned)];
    public static string ExpActual => R[nameof(ExpActual)];
    public static string Voucher => R[nameof(Voucher)];
    public static string Remark => R[nameof(Remark)];
    public static string StatedTotals => R[nameof(StatedTotals)];
    public static string LinesSum => R[nameof(LinesSum)];

    public static string Goals => R[nameof(Goals)];
    public static string GoalExpected => R[nameof(GoalExpected)];
    public static string GoalActual => R[nameof(GoalActual)];

    public static string Indicators => R[nameof(Indicators)];
    public static string Level1 => R[nameof(Level1)];
    public static string Level2 => R[nameof(Level2)];
    public static string Level3 => R[nameof(Level3)];
    public static string Comparator => R[nameof(Comparator)];
    public static string TargetText => R[nameof(TargetText)];
    public static string TargetValue => R[nameof(TargetValue)];
    public static string IndicatorUnit => R[nameof(IndicatorUnit)];
    public static string ActualText => R[nameof(ActualText)];
    public static string ActualValue => R[nameof(ActualValue)];
    public static string Points => R[nameof(Points)];
    public static string SelfScore => R[nameof(SelfScore)];
    public static string DeviationReason => R[nameof(DeviationReason)];
    public static string StatedTotalScore => R[nameof(StatedTotalScore)];
    public static string StatedGrade => R[nameof(StatedGrade)];
    public static string SelfScoreSum => R[nameof(SelfScoreSum)];

    public static string Answers => R[nameof(Answers)];
    public static string AnswersHint => R[nameof(AnswersHint)];
    public static string AnswerScore => R[nameof(AnswerScore)];
    public static string AnswerBand => R[nameof(AnswerBand)];
    public static string AnswerReason => R[nameof(AnswerReason)];
    public static string AnswerReasonRequired => R[nameof(AnswerReasonRequired)];
    public static string AnswerCount => R[nameof(AnswerCount)];
    public static string AnswerCases => R[nameof(AnswerCases)];
    public static string AnswerPerCase => R[nameof(AnswerPerCase)];
    public static string AnswerActual => R[nameof(AnswerActual)];
    public static string AnswerTarget => R[nameof(AnswerTarget)];
    public static string RubricSelfScores => R[nameof(RubricSelfScores)];
    public static string RubricSelfScoresHint => R[nameof(RubricSelfScoresHint)];
    public static string RubricSelfScoresFill => R[nameof(RubricSelfScoresFill)];
    public static string SelfScoreReason => R[nameof(SelfScoreReason)];
    public static string AnswerNotApplicable => R[nameof(AnswerNotApplicable)];
    public static string AnswerNotApplicableReason => R[nameof(AnswerNotApplicableReason)];
    public static string AnswerNoDeductions => R[nameof(AnswerNoDeductions)];
    public static string AnswerChecklistReason => R[nameof(AnswerChecklistReason)];
    public static string AnswerNotAnswered => R[nameof(AnswerNotAnswered)];
    public static string AnswerDeductionItem => R[nameof(AnswerDeductionItem)];
    public static string AnswerDeductionPoints => R[nameof(AnswerDeductionPoints)];

    public static string AnswerOutOfRange(string range) => R.Format("AnswerOutOfRange", range);

    /// <summary>A number as people write it: up to two decimals, no trailing zeros.</summary>
    public static string N(decimal value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    public static string Evaluators => R[nameof(Evaluators)];
    public static string EvaluatorName => R[nameof(EvaluatorName)];
    public static string EvaluatorTitle => R[nameof(EvaluatorTitle)];
    public static string EvaluatorUnit => R[nameof(EvaluatorUnit)];
    public static string EvaluationLeader => R[nameof(EvaluationLeader)];
    public static string Opinion => R[nameof(Opinion)];
    public static string Signer => R[nameof(Signer)];
    public static string Date => R[nameof(Date)];
    public static string PreparerName => R[nameof(PreparerName)];
    public static string PreparerPhone => R[nameof(PreparerPhone)];
    public static string SignOffs => R[nameof(SignOffs)];
    public static string UnitOpinion => R[nameof(UnitOpinion)];
    public static string DepartmentOpinion => R[nameof(DepartmentOpinion)];
    public static string FinanceOpinion => R[nameof(FinanceOpinion)];

    public static string Narrative => R[nameof(Narrative)];
    public static string Overview => R[nameof(Overview)];
    public static string FundsUse => R[nameof(FundsUse)];
    public static string Implementation => R[nameof(Implementation)];
    public static string Conclusion => R[nameof(Conclusion)];
    public static string PerformanceAnalysis => R[nameof(PerformanceAnalysis)];
    public static string Experience => R[nameof(Experience)];

    public static string Department => R[nameof(Department)];
    public static string Duties => R[nameof(Duties)];
    public static string AnnualTasks => R[nameof(AnnualTasks)];
    public static string Staffing => R[nameof(Staffing)];
    public static string Revenue => R[nameof(Revenue)];
    public static string DeptExpenditure => R[nameof(DeptExpenditure)];
    public static string ThreePublic => R[nameof(ThreePublic)];
    public static string FixedAssets => R[nameof(FixedAssets)];
    public static string Institution => R[nameof(Institution)];
    public static string SummaryRow => R[nameof(SummaryRow)];
    public static string ApprovedPosts => R[nameof(ApprovedPosts)];
    public static string Headcount => R[nameof(Headcount)];
    public static string RevTotal => R[nameof(RevTotal)];
    public static string CarriedOver => R[nameof(CarriedOver)];
    public static string GeneralBudget => R[nameof(GeneralBudget)];
    public static string GovernmentFund => R[nameof(GovernmentFund)];
    public static string SpecialAccount => R[nameof(SpecialAccount)];
    public static string OtherIncome => R[nameof(OtherIncome)];
    public static string ExpTotal => R[nameof(ExpTotal)];
    public static string BasicExp => R[nameof(BasicExp)];
    public static string Personnel => R[nameof(Personnel)];
    public static string PublicExp => R[nameof(PublicExp)];
    public static string ProjectExp => R[nameof(ProjectExp)];
    public static string YearBalance => R[nameof(YearBalance)];
    public static string AccBalance => R[nameof(AccBalance)];
    public static string Reception => R[nameof(Reception)];
    public static string VehicleOperation => R[nameof(VehicleOperation)];
    public static string VehiclePurchase => R[nameof(VehiclePurchase)];
    public static string Overseas => R[nameof(Overseas)];
    public static string Budget => R[nameof(Budget)];
    public static string LastYear => R[nameof(LastYear)];
    public static string InUse => R[nameof(InUse)];
    public static string Leased => R[nameof(Leased)];
    public static string OtherAssets => R[nameof(OtherAssets)];

    public static string AddRow => R[nameof(AddRow)];
    public static string RowActions => R[nameof(RowActions)];
    public static string RowOpen => R[nameof(RowOpen)];
    public static string RowUp => R[nameof(RowUp)];
    public static string RowDown => R[nameof(RowDown)];
    public static string IndicatorKeys => R[nameof(IndicatorKeys)];
    public static string RemoveRow => R[nameof(RemoveRow)];
    public static string Save => R[nameof(Save)];
    public static string Saving => R[nameof(Saving)];
    public static string Saved => R[nameof(Saved)];
    public static string Unsaved => R[nameof(Unsaved)];
    public static string ReadOnlyHint => R[nameof(ReadOnlyHint)];
    public static string SaveOk => R[nameof(SaveOk)];
    public static string ValidationFailed => R[nameof(ValidationFailed)];
    public static string ConflictTitle => R[nameof(ConflictTitle)];
    public static string ConflictText => R[nameof(ConflictText)];
    public static string ConflictKeepMine => R[nameof(ConflictKeepMine)];
    public static string ConflictTakeTheirs => R[nameof(ConflictTakeTheirs)];
    public static string ConflictFields => R[nameof(ConflictFields)];
    public static string ConflictTheirs => R[nameof(ConflictTheirs)];
    public static string ConflictMine => R[nameof(ConflictMine)];
    public static string Blank => R[nameof(Blank)];
    public static string MergedSilently => R[nameof(MergedSilently)];
    public static string ConflictDiffers => R[nameof(ConflictDiffers)];
    public static string Back => R[nameof(Back)];
    public static string Version => R[nameof(Version)];
    public static string ConflictKeepMineOne => R[nameof(ConflictKeepMineOne)];
    public static string ConflictTakeTheirsOne => R[nameof(ConflictTakeTheirsOne)];
    public static string ConflictDecided => R[nameof(ConflictDecided)];

    public static string FindingsFold => R[nameof(FindingsFold)];

    public static string FindingsShowAll(int n) => R.Format("FindingsShowAll", n);

    public static string ComparatorLabel(Comparator c) => c switch
    {
        Rules.Model.Comparator.AtLeast => "≥",
        Rules.Model.Comparator.AtMost => "≤",
        Rules.Model.Comparator.Equal => "=",
        _ => R["ComparatorLabel_Other"],
    };

    public static string EvaluationTypeLabel(EvaluationType t) => t switch
    {
        Rules.Model.EvaluationType.Prior => R["EvaluationTypeLabel_Prior"],
        Rules.Model.EvaluationType.Interim => R["EvaluationTypeLabel_Interim"],
        Rules.Model.EvaluationType.Posterior => R["EvaluationTypeLabel_Posterior"],
        Rules.Model.EvaluationType.ImplementationProcess => R["EvaluationTypeLabel_ImplementationProcess"],
        Rules.Model.EvaluationType.CompletionResult => R["EvaluationTypeLabel_CompletionResult"],
        _ => R["EvaluationTypeLabel_Other"],
    };

    /// <summary>A field's name in plain words from its document path: "basic.personInCharge" → "一、基本概况 · 项目负责人",
    /// "indicators[2].level3" → "绩效指标 第 3 行 · 三级指标".</summary>
    public static string FieldLabel(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var parts = FormState.Normalize(path).Split('.');
        var words = new List<string>();
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? part : part[..bracket];
            var label = i == 0 ? SectionLabel(name) : LeafLabel(name);
            if (bracket >= 0 && int.TryParse(part[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture, out var n))
            {
                label += R.Format("FieldLabel", n + 1);
            }

            words.Add(label);
        }

        return string.Join(" · ", words);
    }

    private static string LeafLabel(string name) => name switch
    {
        "projectName" => ProjectName,
        "unitName" => UnitName,
        "supervisingDepartment" => SupervisingDepartment,
        "evaluationType" => EvaluationType,
        "reportDate" => ReportDate,
        "year" => Year,
        "personInCharge" => PersonInCharge,
        "phone" => Phone,
        "address" => Address,
        "postcode" => Postcode,
        "startDate" => StartDate,
        "endDate" => EndDate,
        "planned" => Planned,
        "arrived" => Arrived,
        "spent" => Spent,
        "balance" => Balance,
        "central" => Central,
        "provincial" => Provincial,
        "city" => City,
        "county" => County,
        "other" => Other,
        "total" => Total,
        "level1" => Level1,
        "level2" => Level2,
        "level3" => Level3,
        "targetText" => TargetText,
        "targetValue" => TargetValue,
        "actualText" => ActualText,
        "actualValue" => ActualValue,
        "points" => Points,
        "selfScore" => SelfScore,
        "deviationReason" => DeviationReason,
        "overview" => R["LeafLabel_overview"],
        "conclusion" => R["LeafLabel_conclusion"],
        "name" => R["LeafLabel_name"],
        "date" => Date,
        "lines" => R["LeafLabel_lines"],
        _ => name,
    };

    /// <summary>Section names for the conflict summary, keyed by the document's JSON property.</summary>
    public static string SectionLabel(string jsonName) => jsonName switch
    {
        "basic" => Basic,
        "funding" => Funding,
        "expenditure" => Expenditure,
        "goals" => Goals,
        "indicators" => Indicators,
        "assessments" => Answers,
        "rubricSelfScores" => RubricSelfScores,
        "statedTotalScore" => StatedTotalScore,
        "statedGrade" => StatedGrade,
        "evaluators" => Evaluators,
        "signOffs" => SignOffs,
        "preparer" => PreparerName,
        "narrative" => Narrative,
        "department" => Department,
        _ => jsonName,
    };

    public static string PointsUnit => R[nameof(PointsUnit)];
    public static string CasesUnit => R[nameof(CasesUnit)];
    public static string PersonsUnit => R[nameof(PersonsUnit)];
    
    public static string PointsInParens(decimal points) => R.Format("PointsInParens", N(points));
    
    public static string DeductionRange(decimal min, decimal max) => min == max ? R.Format("DeductionRange", N(min)) : R.Format("DeductionRange_2", N(min), N(max));
    
    public static string UnitIs(string? unit) => R.Format("UnitIs", unit);
}
