using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using Infrastructure.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Foundation.Tests;

public sealed class StartupErrorTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.GroupBy(v => v.Key).Select(g => new KeyValuePair<string, string?>(g.Key, g.Last().Value))).Build();

    [Fact]
    public void AMissingConnectionStringNamesTheKey()
    {
        var error = Assert.Throws<StartupConfigurationException>(() => ClusterSettings.Read(Configuration(("Orleans:ClusterId", "c"), ("Orleans:ServiceId", "s"))));

        Assert.Contains("ConnectionStrings__Orleans", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMalformedConnectionStringIsRejected()
    {
        var error = Assert.Throws<StartupConfigurationException>(() => ClusterSettings.ReadConnectionString(Configuration(("ConnectionStrings:Orleans", "Host=x;Bogus Key=1"))));

        Assert.Contains("not a valid PostgreSQL connection string", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Orleans:SiloPort", "70000", "Orleans__SiloPort")]
    [InlineData("Orleans:AdvertisedIP", "not-an-ip", "Orleans__AdvertisedIP")]
    [InlineData("Orleans:ClusterId", "", "Orleans__ClusterId")]
    public void AWrongClusterSettingNamesItsKey(string key, string value, string expectedKey)
    {
        var configuration = Configuration(
            ("ConnectionStrings:Orleans", "Host=127.0.0.1;Database=x"), ("Orleans:ClusterId", "c"), ("Orleans:ServiceId", "s"), (key, value));

        var error = Assert.Throws<StartupConfigurationException>(() => ClusterSettings.Read(configuration));

        Assert.Contains(expectedKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASiloPointedAtNoDatabaseExitsWithOneClearLine()
    {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        var (exitCode, errorText, stdout) = await RunAsync("Silo.dll", ("ConnectionStrings__Orleans", NoDatabase + ";Password=secret-pw"));

        Assert.NotEqual(0, exitCode);
        Assert.StartsWith("Silo cannot start: Cannot use PostgreSQL at 127.0.0.1:1/nowhere", errorText, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', errorText);
        Assert.DoesNotContain("secret-pw", errorText + stdout, StringComparison.Ordinal);
    }

    // Options are checked before the database is touched, so these silos fail on the value even though no database is there.
    [Theory]
    [InlineData("Collection__Window", "abc", "Collection__Window 'abc' is not a time span (e.g. 00:05:00 or 6.00:00:00).")]
    [InlineData("Collection__AutoCollectPeriod", "-00:01:00", "Collection__AutoCollectPeriod '-00:01:00' must be between 00:00:01 and 1.00:00:00.")]
    [InlineData("SmartStore__BaseUrl", "not a url", "SmartStore__BaseUrl 'not a url' is not an absolute http(s) URL.")]
    public async Task ASiloWithABadOptionValueExitsWithOneLineNamingTheKey(string key, string value, string expected)
    {
        var (exitCode, errorText, _) = await RunAsync("Silo.dll", (key, value));

        Assert.Equal(2, exitCode);
        Assert.Equal($"Silo cannot start: {expected}", errorText);
    }

    [Theory]
    [InlineData("ConnectionStrings__Orleans", "Host=x;Bogus Key=1", "WebGateway cannot start: ConnectionStrings__Orleans is not a valid PostgreSQL connection string")]
    [InlineData("Orleans__ClusterId", "", "WebGateway cannot start: Orleans__ClusterId is not set.")]
    public async Task AGatewayWithABadValueExitsWithOneLineNamingTheKey(string key, string value, string expected)
    {
        var (exitCode, errorText, _) = await RunAsync("WebGateway.dll", (key, value));

        Assert.Equal(2, exitCode);
        Assert.StartsWith(expected, errorText, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', errorText);
    }

    [Theory]
    [InlineData("Sample:Retries", "0", "Sample__Retries '0' must be between 1 and 5.")]
    [InlineData("Sample:Name", "", "Sample__Name is not set.")]
    [InlineData("Sample:Period", "soon", "Sample__Period 'soon' is not a time span (e.g. 00:05:00 or 6.00:00:00).")]
    [InlineData("Sample:Mode", "Sideways", "Sample__Mode 'Sideways' is not one of Fast, Careful.")]
    [InlineData("Sample:ApiKey", "abc", "Sample__ApiKey must be at least 8 characters.")]
    public void AnyAnnotatedOptionsClassIsReportedByKeyWithoutCodeOfItsOwn(string key, string value, string expected)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection([new(key, value)]);
        builder.Services.AddOptions<SampleOptions>().BindConfiguration(SampleOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        using var host = builder.Build();

        var error = Assert.Throws<StartupConfigurationException>(() => host.ValidateOptionsAtStart());

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void SeveralBadValuesMakeOneLine()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection([new("Sample:Retries", "9"), new("Sample:Name", "")]);
        builder.Services.AddOptions<SampleOptions>().BindConfiguration(SampleOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        using var host = builder.Build();

        var error = Assert.Throws<StartupConfigurationException>(() => host.ValidateOptionsAtStart());

        Assert.Equal("Sample__Retries '9' must be between 1 and 5. Sample__Name is not set.", error.Message);
    }

    private const string NoDatabase = "Host=127.0.0.1;Port=1;Database=nowhere;Username=u;Timeout=5";

    /// <summary>Runs a host from the test output with a working minimum of settings plus <paramref name="settings"/>.</summary>
    private static async Task<(int ExitCode, string ErrorText, string Stdout)> RunAsync(string assembly, params (string Key, string Value)[] settings)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, assembly)])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            Environment =
            {
                ["ConnectionStrings__Orleans"] = NoDatabase,
                ["Orleans__ClusterId"] = "c",
                ["Orleans__ServiceId"] = "s",
                ["Security__EncryptionKey"] = Convert.ToBase64String(new byte[32]),
                ["Urls"] = "http://127.0.0.1:0",
            },
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        var errorText = (await stderr).Trim();

        // Whatever the case: one line for the operator, never a stack trace.
        Assert.DoesNotContain('\n', errorText);
        Assert.DoesNotContain("   at ", errorText, StringComparison.Ordinal);
        return (process.ExitCode, errorText, await stdout);
    }

    private enum SampleMode
    {
        Fast,
        Careful,
    }

    private sealed class SampleOptions
    {
        public const string SectionName = "Sample";

        [Range(1, 5)]
        public int Retries { get; set; } = 3;

        [Required]
        public string? Name { get; set; } = "sample";

        public TimeSpan Period { get; set; } = TimeSpan.FromMinutes(1);

        public SampleMode Mode { get; set; }

        [MinLength(8, ErrorMessage = "{0} must be at least 8 characters.")]
        public string ApiKey { get; set; } = "long-enough";
    }
}
