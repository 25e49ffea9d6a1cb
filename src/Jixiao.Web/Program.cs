using Jixiao.Web.Startup;

var builder = WebApplication.CreateBuilder(args);
builder.AddJixiao();

var app = builder.Build();
await app.InitializeDatabaseAsync();
app.UseJixiao();
await app.RunAsync();

/// <summary>The entry point, public so HTTP tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
