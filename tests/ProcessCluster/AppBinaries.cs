namespace ProcessCluster;

/// <summary>Finds the built silo and gateway to run as processes.</summary>
public static class AppBinaries
{
    /// <summary>
    /// The path of <c>{app}.dll</c> in <c>{repository}/{app}/bin/{configuration}/net10.0</c>: its own output folder,
    /// with its runtime configuration and its <c>appsettings.json</c> (the silo's and the gateway's would collide if
    /// both were copied next to the caller).
    /// </summary>
    public static string Find(string app, string configuration)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OnChannelOrleans.sln")))
            {
                var built = Path.Combine(directory.FullName, app, "bin", configuration, "net10.0", app + ".dll");
                return File.Exists(built)
                    ? built
                    : throw new FileNotFoundException($"{app} is not built for {configuration}: run dotnet build {app}/{app}.csproj -c {configuration}.", built);
            }
        }

        throw new DirectoryNotFoundException($"OnChannelOrleans.sln not found above {AppContext.BaseDirectory}.");
    }
}
