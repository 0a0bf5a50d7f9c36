using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SmartStore.Tests;

public sealed class OptionsTests
{
    [Theory]
    [InlineData("SmartStore:BaseUrl", "not a url", "BaseUrl")]
    [InlineData("SmartStore:ClientSecret", "2a04abcdefghijklmnopqrstuv", "bcrypt salt")]
    [InlineData("SmartStore:Headroom", "1.5", "Headroom")]
    public void InvalidSettingsFailWithAMessageNamingTheSetting(string key, string value, string expected)
    {
        var settings = new Dictionary<string, string?>
        {
            ["SmartStore:ClientId"] = "platform",
            ["SmartStore:ClientSecret"] = "$2a$04$abcdefghijklmnopqrstuv",
            [key] = value,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var provider = new ServiceCollection().AddLogging().AddSmartStoreClient(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SmartStoreOptions>>().Value);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StartingRatesAreBoundPerApiAndRegisteringTwiceIsHarmless()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SmartStore:StartingRatePerSecond:Query"] = "7",
            ["SmartStore:DefaultStartingRatePerSecond"] = "3",
        }).Build();
        using var provider = new ServiceCollection().AddLogging().AddSmartStoreClient(configuration).AddSmartStoreClient(configuration).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<SmartStoreOptions>>().Value;

        Assert.Equal(7, options.StartingRateFor(SmartStoreApi.Query));
        Assert.Equal(3, options.StartingRateFor(SmartStoreApi.Dispatch));
        Assert.NotNull(provider.GetRequiredService<ISmartStoreClient>());
    }

    [Fact]
    public void DefaultsPointAtNaverAndTheCredentialsNeverPrintTheSecret()
    {
        var credentials = SmartStoreCredentials.ForOwnApplication("app", "$2a$04$abcdefghijklmnopqrstuv");

        Assert.Equal("https://api.commerce.naver.com/external", new SmartStoreOptions().BaseUrl);
        Assert.DoesNotContain("$2a$", credentials.ToString(), StringComparison.Ordinal);
        Assert.Contains("SELF", credentials.ToString(), StringComparison.Ordinal);
        Assert.Contains("SELLER", SmartStoreCredentials.ForSolutionSeller("ncp_1").ToString(), StringComparison.Ordinal);
    }
}
