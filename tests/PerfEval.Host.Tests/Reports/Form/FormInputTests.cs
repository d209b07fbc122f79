using PerfEval.Host.Features.Reports.Form.Inputs;

namespace PerfEval.Host.Tests.Reports.Form;

public sealed class FormInputTests
{
    [Theory]
    [InlineData("868", 868)]
    [InlineData("1,234.56", 1234.56)]
    [InlineData("１２３", 123)]
    [InlineData("868万", 868)]
    [InlineData("868万元", 868)]
    [InlineData("八百六十八万", 868)]
    [InlineData("八百六十八万元", 868)]
    [InlineData("1,730,000元", 173)]
    [InlineData("1.2亿", 12000)]
    [InlineData("两亿零五百万", 20500)]
    [InlineData("八百六十八", 868)]
    [InlineData(" 12.5 ", 12.5)]
    public void Number_MoneyInWanYuan_ReadsTheAmount(string text, double expected)
    {
        var read = FormInput.Number(text, NumberKind.Money, "万元");

        Assert.Null(read.Error);
        Assert.Equal((decimal)expected, read.Value);
    }

    [Theory]
    [InlineData("八百六十八万abc")]
    [InlineData("12a3")]
    [InlineData("1,23")]
    [InlineData("1,2345.6")]
    [InlineData("abc")]
    [InlineData("12..3")]
    public void Number_Unreadable_IsAnErrorNamingTheText(string text)
    {
        var read = FormInput.Number(text, NumberKind.Money, "万元");

        Assert.Null(read.Value);
        Assert.Contains(text.Trim(), read.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Number_BadThousandsSeparator_SaysHowToGroup()
    {
        var read = FormInput.Number("1,23", NumberKind.Money, "万元");

        Assert.Contains(InputText.BadGrouping, read.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-50")]
    [InlineData("－50")]
    [InlineData("负五十")]
    public void Number_NegativeMoney_IsRefused(string text)
    {
        var read = FormInput.Number(text, NumberKind.Money, "万元");

        Assert.Equal(InputText.NegativeMoney, read.Error);
        Assert.Null(read.Value);
    }

    [Fact]
    public void Number_NegativeIndicatorValue_IsAccepted()
    {
        var read = FormInput.Number("-5", NumberKind.Number);

        Assert.Equal(-5m, read.Value);
    }

    [Fact]
    public void Number_MoneyWithThreeDecimals_IsRefusedNotRounded()
    {
        var read = FormInput.Number("12.345", NumberKind.Money, "万元");

        Assert.NotNull(read.Error);
        Assert.Null(read.Value);
    }

    [Fact]
    public void Number_ChineseAmount_SaysWhatItWasReadAs()
    {
        var read = FormInput.Number("八百六十八万", NumberKind.Money, "万元");

        Assert.Equal("“八百六十八万”按 868万元 记录", read.Note);
    }

    [Fact]
    public void Number_PlainDigits_HasNoNote()
    {
        Assert.Null(FormInput.Number("868", NumberKind.Money, "万元").Note);
    }

    [Fact]
    public void Number_YuanFieldWithWan_ConvertsToYuan()
    {
        Assert.Equal(1_730_000m, FormInput.Number("173万", NumberKind.Money, "元").Value);
    }

    [Theory]
    [InlineData("95%", 95)]
    [InlineData("95", 95)]
    [InlineData("99.5％", 99.5)]
    public void Number_Percent_ReadsWithOrWithoutSign(string text, double expected)
    {
        Assert.Equal((decimal)expected, FormInput.Number(text, NumberKind.Percent).Value);
    }

    [Fact]
    public void Number_CountWithDecimals_IsRefused()
    {
        var read = FormInput.Number("3.5", NumberKind.Count);

        Assert.Equal(InputText.FormatWholeNumber("3.5"), read.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Number_Blank_IsNullWithoutError(string? text)
    {
        var read = FormInput.Number(text, NumberKind.Money);

        Assert.True(read.Ok);
        Assert.Null(read.Value);
    }

    [Theory]
    [InlineData("2021-03-31", "2021-03-31")]
    [InlineData("2021/3/1", "2021-03-01")]
    [InlineData("2021年3月31日", "2021-03-31")]
    [InlineData("2020年8月", "2020-08")]
    [InlineData("2020-08", "2020-08")]
    [InlineData("2020年8月起至今", "2020-08..")]
    [InlineData("2020-08..", "2020-08..")]
    [InlineData("2024-02-29", "2024-02-29")]
    public void Date_Accepted_ReadsAsTheModelWritesIt(string text, string expected)
    {
        var read = FormInput.Date(text, 1949, 2030);

        Assert.Null(read.Error);
        Assert.Equal(expected, read.Value!.Value.ToString());
    }

    [Fact]
    public void Date_February30_SaysNoSuchDay()
    {
        var read = FormInput.Date("2021-02-30", 1949, 2030);

        Assert.Equal(InputText.NoSuchDay(2021, 2, 30), read.Error);
        Assert.Contains("没有这一天", read.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Date_Month13_SaysNoSuchMonth()
    {
        Assert.Contains("没有 13 月", FormInput.Date("2021-13-01", 1949, 2030).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Date_YearBeyondRange_IsRefusedWithTheRange()
    {
        var read = FormInput.Date("9999-12-31", 2020, 2021);

        Assert.Equal(InputText.FormatYearOutOfRange(9999, 2020, 2021), read.Error);
    }

    [Fact]
    public void Date_MonthWhereADayIsNeeded_IsRefused()
    {
        Assert.NotNull(FormInput.Date("2020-08", 1949, 2030, allowMonth: false).Error);
    }

    [Fact]
    public void Date_OpenEndedWhereNotAllowed_IsRefused()
    {
        Assert.Equal(InputText.OpenEndedNotAllowed, FormInput.Date("2020-08..", 1949, 2030, allowOpenEnded: false).Error);
    }

    [Theory]
    [InlineData("昨天")]
    [InlineData("2021-03-31abc")]
    public void Date_Unreadable_IsAFormatError(string text)
    {
        var read = FormInput.Date(text, 1949, 2030);

        Assert.Equal(InputText.FormatDateFormat(text), read.Error);
    }
}
