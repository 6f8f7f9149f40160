using DiplomacySim.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddDiplomacySim();

var app = builder.Build();
app.UseDiplomacySim();
var demo = await app.InitializeDatabaseAsync();
app.PrintWhenStarted(demo);
await app.RunAsync();

/// <summary>The entry point; public so that tests can host the server with WebApplicationFactory.</summary>
public partial class Program;
