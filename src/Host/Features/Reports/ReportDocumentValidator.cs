using System.Linq.Expressions;

namespace PerfEval.Host.Features.Reports;

/// <summary>
/// Shape rules every stored form obeys: the whole document's contract first (<see cref="ReportShape"/>: no null where the
/// model has none, clean text, numbers in range), then required name, sane year, no negative amounts or points.
/// Arithmetic mistakes are not refused here: they are consistency findings, because real forms contain them.
/// Every rule tolerates the parts another rule reports as missing, so a bad document is a 400, never a crash.
/// </summary>
public sealed class ReportDocumentValidator : AbstractValidator<ReportDocument>
{
    public ReportDocumentValidator()
    {
        RuleFor(d => d).Custom((document, context) =>
        {
            foreach (var (path, message) in ReportShape.Problems(document))
            {
                context.AddFailure(path, message);
            }
        });
        When(d => d.Basic is not null, () =>
        {
            RuleFor(d => d.Basic.ProjectName).NotEmpty().WithMessage(ReportsText.ReportDocumentValidator).MaximumLength(300);
            RuleFor(d => d.Basic.Year).InclusiveBetween(2000, 2100).WithMessage(ReportsText.ReportDocumentValidator2);
        });
        When(d => d.Funding is not null, () =>
        {
            RuleFor(d => d.Funding.Planned).SetValidator(new FundingRowValidator()).When(d => d.Funding.Planned is not null);
            RuleFor(d => d.Funding.Arrived).SetValidator(new FundingRowValidator()).When(d => d.Funding.Arrived is not null);
            RuleFor(d => d.Funding.Spent).SetValidator(new FundingRowValidator()).When(d => d.Funding.Spent is not null);
            RuleFor(d => d.Funding.Balance).SetValidator(new FundingRowValidator()).When(d => d.Funding.Balance is not null);
        });
        When(d => d.Expenditure is not null, () =>
        {
            RuleForEach(d => d.Expenditure.Lines).ChildRules(line =>
            {
                line.RuleFor(l => l.Planned).GreaterThanOrEqualTo(0).WithMessage(Negative);
                line.RuleFor(l => l.Actual).GreaterThanOrEqualTo(0).WithMessage(Negative);
                line.RuleFor(l => l.Content).MaximumLength(300);
            }).When(d => d.Expenditure.Lines is not null);
            RuleFor(d => d.Expenditure.StatedActualTotal).GreaterThanOrEqualTo(0).WithMessage(Negative);
            RuleFor(d => d.Expenditure.StatedPlannedTotal).GreaterThanOrEqualTo(0).WithMessage(Negative);
        });
        RuleForEach(d => d.Indicators).ChildRules(row =>
        {
            row.RuleFor(r => r.Level3).NotEmpty().WithMessage(ReportsText.ReportDocumentValidator3);
            row.RuleFor(r => r.Points).InclusiveBetween(0, 100).WithMessage(ReportsText.ReportDocumentValidator4);
            row.RuleFor(r => r.SelfScore).GreaterThanOrEqualTo(0).WithMessage(ReportsText.ReportDocumentValidator5);
        }).When(d => d.Indicators is not null);
        RuleFor(d => d.StatedTotalScore).InclusiveBetween(0, 100).WithMessage(ReportsText.ReportDocumentValidator6);
        RuleFor(d => d.Department!).SetValidator(new DepartmentSectionValidator()).When(d => d.Department is not null);
    }

    internal static string Negative => ReportsText.NegativeAmount;
}

/// <summary>
/// The dates of a document written through the API or the form (create and update; not the score preview): each within
/// its field's <see cref="ReportDates"/> rule, the same the form's date inputs apply — 9999-12-31 as a report date of a
/// 2021 report is a 400 naming <c>content.basic.reportDate</c>.
/// </summary>
public sealed class ReportDatesValidator : AbstractValidator<ReportDocument>
{
    public ReportDatesValidator()
    {
        RuleFor(d => d).Custom((document, context) =>
        {
            foreach (var (path, message) in ReportDates.Problems(document))
            {
                context.AddFailure(path, message);
            }
        });
    }
}

internal sealed class FundingRowValidator : AbstractValidator<FundingRow>
{
    public FundingRowValidator()
    {
        this.NoNegativeAmounts(r => r.Central, r => r.Provincial, r => r.City, r => r.County, r => r.Other, r => r.Total);
    }
}

internal sealed class DepartmentSectionValidator : AbstractValidator<DepartmentSection>
{
    public DepartmentSectionValidator()
    {
        // A null table or row list is reported by ReportShape; these rules only look at what is there.
        RuleForEach(d => d.Staffing.Rows).ChildRules(r =>
        {
            r.RuleFor(x => x.ApprovedPosts).GreaterThanOrEqualTo(0).WithMessage(ReportsText.ReportDocumentValidatorDepartmentSectionValidator);
            r.RuleFor(x => x.ActualHeadcount).GreaterThanOrEqualTo(0).WithMessage(ReportsText.ReportDocumentValidatorDepartmentSectionValidator2);
        }).When(d => d.Staffing?.Rows is not null);
        RuleForEach(d => d.Revenue.Rows).ChildRules(r => r.NoNegativeAmounts(x => x.Total, x => x.GeneralBudget, x => x.GovernmentFund, x => x.Other)).When(d => d.Revenue?.Rows is not null);
        RuleForEach(d => d.Expenditure.Rows).ChildRules(r => r.NoNegativeAmounts(x => x.Total, x => x.Basic, x => x.Personnel, x => x.Public, x => x.Project)).When(d => d.Expenditure?.Rows is not null);
        RuleForEach(d => d.ThreePublic.Rows).ChildRules(r => r.NoNegativeAmounts(x => x.Reception, x => x.VehicleOperation, x => x.VehiclePurchase, x => x.OverseasTravel)).When(d => d.ThreePublic?.Rows is not null);
        RuleForEach(d => d.FixedAssets.Rows).ChildRules(r => r.NoNegativeAmounts(x => x.InUse, x => x.Leased, x => x.Other)).When(d => d.FixedAssets?.Rows is not null);
    }
}

internal static class AmountRules
{
    /// <summary>Each amount, when given, is not negative (blank stays allowed: blank is not zero).</summary>
    public static void NoNegativeAmounts<T>(this AbstractValidator<T> validator, params Expression<Func<T, decimal?>>[] amounts)
    {
        foreach (var amount in amounts)
        {
            validator.RuleFor(amount).GreaterThanOrEqualTo(0).WithMessage(ReportDocumentValidator.Negative);
        }
    }
}
