using PerfEval.Host.Cli;
using PerfEval.Host.Components;
using PerfEval.Host.DemoData;
using PerfEval.Host.Features.Attachments;
using PerfEval.Host.Features.Delegations;
using PerfEval.Host.Features.Reminders;
using PerfEval.Host.Features.Review;
using PerfEval.Host.Features.Export;
using PerfEval.Host.Features.Impact;
using PerfEval.Host.Features.Import;
using PerfEval.Host.Features.Organisations;
using PerfEval.Host.Features.RuleSets;
using PerfEval.Host.Features.Scoring;
using PerfEval.Host.Features.Workflow;
using PerfEval.Host.Features.Rounds;
using PerfEval.Host.Jobs;
using PerfEval.Host.Security;
using Scalar.AspNetCore;

if (Cli.IsCommand(args))
{
    return await Cli.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);

builder.AddHostDefaults();
builder.AddTextCultures();
builder.AddData();
builder.AddPerfEvalIdentity();
builder.AddSecurity();
builder.AddReports();
builder.AddWorkflows();
builder.AddRuleSets();
builder.AddRounds();
builder.AddReminders();
builder.AddJobs();
builder.AddImport();
builder.AddAttachments();
builder.AddDemoData();
builder.AddWebUi();

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
app.MapAuthEndpoints();
app.MapReportEndpoints();
app.MapOrganisationEndpoints();
app.MapWorkflowEndpoints();
app.MapReviewEndpoints();
app.MapDelegationEndpoints();
app.MapRuleSetEndpoints();
app.MapScoringEndpoints();
app.MapImpactEndpoints();
app.MapRoundEndpoints();
app.MapReminderEndpoints();
app.MapJobs();
app.MapExportEndpoints();
app.MapImportEndpoints();
app.MapAttachmentEndpoints();
app.MapWebUi();

await app.Services.RunStartupTasksAsync();
app.Lifetime.ApplicationStarted.Register(() =>
    app.Logger.LogInformation("PerfEval is running at {Urls} (API docs at /api/docs)", string.Join(", ", app.Urls)));
await app.RunAsync();
return 0;

/// <summary>Entry point; public so integration tests can host it.</summary>
public partial class Program;
