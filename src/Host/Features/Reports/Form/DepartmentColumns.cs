namespace PerfEval.Host.Features.Reports.Form;

/// <summary>
/// Column definitions of the department-overall tables, in the order of the paper form. Built on each read, not kept:
/// the labels are in the reader's language (a kept list would keep the language of whoever read it first).
/// </summary>
public static class DepartmentColumns
{
    public static IReadOnlyList<InstitutionColumn<StaffingRow>> Staffing =>
    [
        new(FormText.ApprovedPosts, "approvedPosts", r => r.ApprovedPosts, (r, v) => r.ApprovedPosts = ToInt(v)),
        new(FormText.Headcount, "actualHeadcount", r => r.ActualHeadcount, (r, v) => r.ActualHeadcount = ToInt(v)),
    ];

    public static IReadOnlyList<InstitutionColumn<RevenueRow>> Revenue =>
    [
        new(FormText.RevTotal, "total", r => r.Total, (r, v) => r.Total = v),
        new(FormText.CarriedOver, "carriedOver", r => r.CarriedOver, (r, v) => r.CarriedOver = v),
        new(FormText.GeneralBudget, "generalBudget", r => r.GeneralBudget, (r, v) => r.GeneralBudget = v),
        new(FormText.GovernmentFund, "governmentFund", r => r.GovernmentFund, (r, v) => r.GovernmentFund = v),
        new(FormText.SpecialAccount, "specialAccountNonTax", r => r.SpecialAccountNonTax, (r, v) => r.SpecialAccountNonTax = v),
        new(FormText.OtherIncome, "other", r => r.Other, (r, v) => r.Other = v),
    ];

    public static IReadOnlyList<InstitutionColumn<DepartmentExpenditureRow>> Expenditure =>
    [
        new(FormText.ExpTotal, "total", r => r.Total, (r, v) => r.Total = v),
        new(FormText.BasicExp, "basic", r => r.Basic, (r, v) => r.Basic = v),
        new(FormText.Personnel, "personnel", r => r.Personnel, (r, v) => r.Personnel = v),
        new(FormText.PublicExp, "public", r => r.Public, (r, v) => r.Public = v),
        new(FormText.ProjectExp, "project", r => r.Project, (r, v) => r.Project = v),
        new(FormText.YearBalance, "yearBalance", r => r.YearBalance, (r, v) => r.YearBalance = v),
        new(FormText.AccBalance, "accumulatedBalance", r => r.AccumulatedBalance, (r, v) => r.AccumulatedBalance = v),
    ];

    public static IReadOnlyList<InstitutionColumn<ThreePublicRow>> ThreePublic =>
    [
        new(FormText.Total, "total", r => r.Total, (r, v) => r.Total = v),
        new(FormText.Reception, "reception", r => r.Reception, (r, v) => r.Reception = v),
        new(FormText.VehicleOperation, "vehicleOperation", r => r.VehicleOperation, (r, v) => r.VehicleOperation = v),
        new(FormText.VehiclePurchase, "vehiclePurchase", r => r.VehiclePurchase, (r, v) => r.VehiclePurchase = v),
        new(FormText.Overseas, "overseasTravel", r => r.OverseasTravel, (r, v) => r.OverseasTravel = v),
        new(FormText.Budget, "budget", r => r.Budget, (r, v) => r.Budget = v),
        new(FormText.LastYear, "lastYear", r => r.LastYear, (r, v) => r.LastYear = v),
    ];

    public static IReadOnlyList<InstitutionColumn<FixedAssetRow>> FixedAssets =>
    [
        new(FormText.Total, "total", r => r.Total, (r, v) => r.Total = v),
        new(FormText.InUse, "inUse", r => r.InUse, (r, v) => r.InUse = v),
        new(FormText.Leased, "leased", r => r.Leased, (r, v) => r.Leased = v),
        new(FormText.OtherAssets, "other", r => r.Other, (r, v) => r.Other = v),
    ];

    private static int? ToInt(decimal? v) => v is { } d ? (int)Math.Round(d, MidpointRounding.AwayFromZero) : null;
}
