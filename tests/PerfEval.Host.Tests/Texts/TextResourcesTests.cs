using System.Collections;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using PerfEval.Host.Components;
using PerfEval.Host.Features.Reports.Form;
using PerfEval.Host.Features.Workflow.Inbox;
using PerfEval.Host.Infrastructure;
using PerfEval.Host.Tests.Infrastructure;

namespace PerfEval.Host.Tests.Texts;

/// <summary>The *Text classes (generated from their .resx) read it: Chinese by default, English where written, Chinese for any other culture.</summary>
public sealed partial class TextResourcesTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    // The classes the resource generator writes from each neutral .resx: they expose their ResourceManager.
    private static readonly Type[] TextClasses = [.. typeof(TextFormat).Assembly.GetTypes()
        .Where(t => t.IsAbstract && t.IsSealed && t.GetProperty("ResourceManager", BindingFlags.Public | BindingFlags.Static)?.PropertyType == typeof(ResourceManager))];

    [Fact]
    public void TextClasses_AreFound()
    {
        Assert.Contains(typeof(UiText), TextClasses);
        Assert.True(TextClasses.Length >= 20, $"only {TextClasses.Length} *Text classes read resources");
    }

    [Theory]
    [InlineData("zh-Hans")]
    [InlineData("en")]
    public void EveryTextProperty_HasAResourceInEachCulture(string culture)
    {
        var missing = new List<string>();
        using (UiCulture(culture))
        {
            foreach (var type in TextClasses)
            {
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                             .Where(p => p.PropertyType == typeof(string) && p.GetIndexParameters().Length == 0))
                {
                    try
                    {
                        if (string.IsNullOrEmpty((string?)property.GetValue(null)))
                        {
                            missing.Add($"{type.Name}.{property.Name}");
                        }
                    }
                    catch (TargetInvocationException e) when (e.InnerException is InvalidOperationException)
                    {
                        missing.Add($"{type.Name}.{property.Name}: {e.InnerException.Message}");
                    }
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void EnglishResources_HaveTheChineseKeysAndPlaceholders()
    {
        var problems = new List<string>();
        foreach (var type in TextClasses)
        {
            var manager = new ResourceManager(type.FullName!, type.Assembly);
            var chinese = Entries(manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false));
            var english = Entries(manager.GetResourceSet(TextCulture.English, createIfNotExists: true, tryParents: false));
            foreach (var (key, text) in english)
            {
                if (!chinese.TryGetValue(key, out var zh))
                {
                    problems.Add($"{type.Name}.en: {key} is not a Chinese key");
                }
                else if (!Placeholders(zh).SetEquals(Placeholders(text)))
                {
                    problems.Add($"{type.Name}.en: {key} has placeholders {string.Join(",", Placeholders(text))}, Chinese {string.Join(",", Placeholders(zh))}");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void English_ReadsTheEnglishTexts()
    {
        using (UiCulture("en"))
        {
            Assert.Equal("Sign in", UiText.Login);
            Assert.Equal("My inbox", UiText.NavInbox);
            Assert.Equal("3 days overdue", UiText.FormatDaysOverdue(3));
            Assert.Equal("2 selected", InboxText.FormatSelected(2));
            Assert.Equal("1. Basic information", FormText.Basic);
            // Kept Chinese on purpose (stage names go into stored texts): falls back to the neutral Chinese.
            Assert.Equal("起草", PerfEval.Host.Domain.ReportStages.Label(PerfEval.Host.Domain.ReportStages.Draft));
        }
    }

    [Fact]
    public void DepartmentColumns_ReadInEnglishThenChinese_FollowTheReadersLanguage()
    {
        using (UiCulture("en"))
        {
            Assert.Equal("Approved posts (persons)", PerfEval.Host.Features.Reports.Form.DepartmentColumns.Staffing[0].Label);
        }

        using (UiCulture("zh-Hans"))
        {
            Assert.Equal("编制数（人）", PerfEval.Host.Features.Reports.Form.DepartmentColumns.Staffing[0].Label);
        }
    }

    [Theory]
    [InlineData("zh-Hans")]
    [InlineData("zh-CN")]
    [InlineData("fr-FR")]
    [InlineData("")]
    public void OtherCultures_ReadTheChineseTexts(string culture)
    {
        using (UiCulture(culture))
        {
            Assert.Equal("登录", UiText.Login);
            Assert.Equal("逾期 3 天", UiText.FormatDaysOverdue(3));
            Assert.Equal("已选择 2 份", InboxText.FormatSelected(2));
        }
    }

    [Fact]
    public async Task LoginPage_ByDefault_IsChinese()
    {
        var client = factory.CreateClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/login"));

        Assert.Contains("登录财政支出绩效自评系统", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoginPage_WithCultureEn_IsEnglishAndRemembersIt()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/login?culture=en", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sign in to the Fiscal Expenditure Performance Self-Evaluation system", html, StringComparison.Ordinal);
        Assert.DoesNotContain("登录财政支出绩效自评系统", html, StringComparison.Ordinal);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal) && c.Contains("en", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoginPage_LanguageSwitch_LinksToTheOtherLanguage()
    {
        var client = factory.CreateClient();

        var chinese = WebUtility.HtmlDecode(await client.GetStringAsync("/login"));
        var english = WebUtility.HtmlDecode(await client.GetStringAsync("/login?culture=en"));

        Assert.Matches("<a href=\"[^\"]*/login\\?culture=en\"[^>]*data-testid=\"language-switch\"[^>]*>English</a>", chinese);
        Assert.Matches("<a href=\"[^\"]*/login\\?culture=zh-Hans\"[^>]*data-testid=\"language-switch\"[^>]*>中文</a>", english);
    }

    private static Dictionary<string, string> Entries(ResourceSet? set) =>
        set is null ? [] : set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => e.Value as string ?? "", StringComparer.Ordinal);

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\{(\d+)[,:}]")]
    private static partial Regex Placeholder();

    private static Restore UiCulture(string name)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = name.Length == 0 ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(name);
        return new Restore(previous);
    }

    private sealed class Restore(CultureInfo previous) : IDisposable
    {
        public void Dispose() => CultureInfo.CurrentUICulture = previous;
    }
}
