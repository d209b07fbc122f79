using PerfEval.Host.Features.Reports.Form.Inputs;

namespace PerfEval.Host.Features.Reports;

/// <summary>
/// What one date field of the report accepts: a year range, whether a month without a day may stand, whether it may be
/// open-ended (起至今). The form's date inputs and the API's validation use the same rules (<see cref="ReportDates"/>),
/// so a date the form refuses at the field is refused by the API with the same message, naming the field.
/// </summary>
/// <param name="MinYear">Earliest year accepted.</param>
/// <param name="MaxYear">Latest year accepted.</param>
/// <param name="AllowMonth">Whether a month without a day is accepted.</param>
/// <param name="AllowOpenEnded">Whether 起至今 is accepted.</param>
public sealed record DateRule(int MinYear, int MaxYear, bool AllowMonth = true, bool AllowOpenEnded = true)
{
    /// <summary>Why <paramref name="date"/> is refused here, or null when it is accepted. (A <see cref="FormDate"/> is always a real calendar date.)</summary>
    /// <param name="date">The date.</param>
    /// <param name="typed">The text as typed, to quote in the message (else the date's own text).</param>
    public string? Check(FormDate date, string? typed = null)
    {
        if (date.Day is null && !AllowMonth)
        {
            return InputText.FormatDayNeeded(typed ?? date.ToString());
        }

        if (date.OpenEnded && !AllowOpenEnded)
        {
            return InputText.OpenEndedNotAllowed;
        }

        return date.Year < MinYear || date.Year > MaxYear ? InputText.FormatYearOutOfRange(date.Year, MinYear, MaxYear) : null;
    }
}

/// <summary>
/// The date fields of a report and their rules, relative to the report's evaluation year (<c>basic.year</c>; a report
/// opened by a round carries the round's year): 报告日期 and the evaluation leader's date within year − 1 … year + 1 and
/// never open-ended; 项目起始时间 from 1949 up to year + 10, a month or open-ended (2020年8月起至今) allowed; 项目结束时间
/// the same range, a month allowed but not open-ended. The order of start and end is a consistency check (<c>dates</c>).
/// </summary>
public static class ReportDates
{
    /// <summary>Earliest year any date of a report may have.</summary>
    public const int EarliestYear = 1949;

    /// <summary>How many years after the evaluation year a project's period may end.</summary>
    public const int PeriodYearsAhead = 10;

    /// <summary>报告日期: the report is written in or around its evaluation year (a month alone, as some forms write it, is accepted).</summary>
    /// <param name="year">The report's evaluation year.</param>
    public static DateRule ReportDate(int year) => new(year - 1, year + 1, AllowMonth: true, AllowOpenEnded: false);

    /// <summary>The evaluation leader's sign-off date: as the report date.</summary>
    /// <param name="year">The report's evaluation year.</param>
    public static DateRule SignOffDate(int year) => ReportDate(year);

    /// <summary>项目起始时间: a day or a month, open-ended allowed (the project has not ended).</summary>
    /// <param name="year">The report's evaluation year.</param>
    public static DateRule StartDate(int year) => new(EarliestYear, Math.Max(EarliestYear, year + PeriodYearsAhead), AllowMonth: true, AllowOpenEnded: true);

    /// <summary>项目结束时间: a day or a month; an end is never "起至今".</summary>
    /// <param name="year">The report's evaluation year.</param>
    public static DateRule EndDate(int year) => StartDate(year) with { AllowOpenEnded = false };

    /// <summary>
    /// Every date of <paramref name="document"/> its rule refuses, as (JSON path, message). The workflow-written sign-offs
    /// (unit, department, finance) are not the client's to write and are not checked. When the evaluation year itself is
    /// outside 2000–2100 (refused on its own) only the year-independent parts of the rules apply.
    /// </summary>
    /// <param name="document">The report's content.</param>
    public static IReadOnlyList<(string Path, string Message)> Problems(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var problems = new List<(string, string)>();
        if (document.Basic is not { } basic)
        {
            return problems;
        }

        var year = basic.Year;
        var yearKnown = year is >= 2000 and <= 2100;
        void Check(string path, FormDate? date, DateRule rule)
        {
            var applied = yearKnown ? rule : rule with { MinYear = 1, MaxYear = 9999 };
            if (date is { } d && applied.Check(d) is { } message)
            {
                problems.Add((path, message));
            }
        }

        Check("basic.reportDate", basic.ReportDate, ReportDate(year));
        Check("basic.startDate", basic.StartDate, StartDate(year));
        Check("basic.endDate", basic.EndDate, EndDate(year));
        if (document.SignOffs?.EvaluationLeader is { } leader)
        {
            Check("signOffs.evaluationLeader.date", leader.Date, SignOffDate(year));
        }

        return problems;
    }
}
