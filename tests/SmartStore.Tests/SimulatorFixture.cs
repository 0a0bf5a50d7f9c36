using SmartStoreSimulator;
using SmartStoreSimulator.Client;

namespace SmartStore.Tests;

/// <summary>One simulator on a free loopback port for the whole collection, with its control client.</summary>
public sealed class SimulatorFixture : IAsyncLifetime
{
    private SimulatorHost? _host;
    private SimulatorClient? _control;

    public Uri BaseUrl => _host?.BaseUrl ?? throw new InvalidOperationException("The simulator is not started");

    /// <summary>Raw HTTP to the simulator, for tests that check Naver's wire format without the client.</summary>
    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The simulator's <c>/_sim</c> controls.</summary>
    public SimulatorClient Control => _control ?? throw new InvalidOperationException("The simulator is not started");

    public async Task InitializeAsync()
    {
        _host = await SimulatorHost.StartAsync(0);
        Http.BaseAddress = _host.BaseUrl;
        _control = new SimulatorClient(Http);
    }

    public async Task DisposeAsync()
    {
        _control?.Dispose();
        Http.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
