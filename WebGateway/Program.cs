using Infrastructure.Hosting;
using WebGateway.Extensions;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddOnChannelGateway();
    var app = builder.Build();
    app.ValidateOptionsAtStart();
    app.MapOnChannelGateway();
    await app.RunAsync();
    return 0;
}
catch (StartupConfigurationException e)
{
    await Console.Error.WriteLineAsync($"WebGateway cannot start: {e.Message}");
    return 2;
}

