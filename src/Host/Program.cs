using PerfEval.Host.Cli;
using PerfEval.Host.Components;
using PerfEval.Host.DemoData;
using PerfEval.Host.Features.Attachments;
using PerfEval.Host.Features.Reminders;
using PerfEval.Host.Features.Import;
using PerfEval.Host.Features.RuleSets;
using PerfEval.Host.Features.Rounds;
using PerfEval.Host.Features.Workflow;
using PerfEval.Host.Jobs;
using PerfEval.Host.Security;
using Scalar.AspNetCore;

if (Cli.IsCommand(args))
{
    return await Cli.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);

// Platform, then the features (in this order: later modules replace some defaults of earlier ones), then the UI.
builder.AddHostDefaults().AddTextCultures().AddData().AddPerfEvalIdentity().AddSecurity();
builder.AddReports().AddWorkflows().AddRuleSets().AddRounds().AddReminders().AddJobs();
builder.AddImport().AddAttachments().AddDemoData().AddWebUi();

var app = builder.Build();

app.UseTextCultures();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSecurityHeadersAndLimits();
app.UseAuthentication();
app.UseAuthorization();
app.UseApiRequestGuards();

app.MapOpenApi();
app.MapScalarApiReference("/api/docs");
app.MapHealthChecks("/health");
app.MapApiEndpoints();
app.MapJobs();
app.MapWebUi();

await app.Services.RunStartupTasksAsync();
app.Lifetime.ApplicationStarted.Register(() =>
    app.Logger.LogInformation("PerfEval is running at {Urls} (API docs at /api/docs)", string.Join(", ", app.Urls)));
await app.RunAsync();
return 0;

/// <summary>Entry point; public so integration tests can host it.</summary>
public partial class Program;
