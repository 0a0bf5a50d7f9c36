using Infrastructure.Hosting;
using Silo.Extensions;

try
{
    var builder = WebApplication.CreateBuilder(args);
    var settings = builder.AddOnChannelSilo();
    var app = builder.Build();
    app.ValidateOptionsAtStart();
    app.MapOnChannelSiloOperations();
    await app.MigrateDatabaseAsync(settings);
    await app.RunAsync();
    return 0;
}
catch (StartupConfigurationException e)
{
    await Console.Error.WriteLineAsync($"Silo cannot start: {e.Message}");
    return 2;
}
