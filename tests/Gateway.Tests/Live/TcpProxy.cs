using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Gateway.Tests.Live;

/// <summary>
/// A TCP forwarder on a free loopback port in front of <c>target</c>: what a load balancer or a flaky network is
/// between a browser and a gateway. <see cref="DropAll"/> cuts every open connection and keeps accepting new ones.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint _target;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<int, (TcpClient Client, TcpClient Upstream)> _open = new();
    private readonly Task _accepting;
    private int _next;
    private int _accepted;

    public TcpProxy(Uri target)
    {
        ArgumentNullException.ThrowIfNull(target);
        _target = new IPEndPoint(IPAddress.Parse(target.Host), target.Port);
        _listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _accepting = AcceptAsync();
    }

    /// <summary>Where clients connect instead of the target.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Connections accepted since the start.</summary>
    public int Accepted => Volatile.Read(ref _accepted);

    /// <summary>Connections forwarding now.</summary>
    public int Open => _open.Count;

    /// <summary>Cuts every open connection at once (both sides see a reset), as a network failure would.</summary>
    public void DropAll()
    {
        foreach (var id in _open.Keys)
        {
            if (_open.TryRemove(id, out var pair))
            {
                pair.Client.Client.LingerState = new LingerOption(true, 0);
                pair.Client.Dispose();
                pair.Upstream.Dispose();
            }
        }
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            Interlocked.Increment(ref _accepted);
            _ = ForwardAsync(client);
        }
    }

    private async Task ForwardAsync(TcpClient client)
    {
        var id = Interlocked.Increment(ref _next);
        var upstream = new TcpClient();
        if (await CutsAsync(upstream.ConnectAsync(_target, _stop.Token).AsTask()) is false)
        {
            _open[id] = (client, upstream);
            var up = CutsAsync(client.GetStream().CopyToAsync(upstream.GetStream(), _stop.Token));
            var down = CutsAsync(upstream.GetStream().CopyToAsync(client.GetStream(), _stop.Token));
            await Task.WhenAny(up, down);
            _open.TryRemove(id, out _);
            client.Dispose();
            upstream.Dispose();
            await Task.WhenAll(up, down);
        }

        client.Dispose();
        upstream.Dispose();
    }

    /// <summary>Runs one direction of a connection; true when it ended by a cut (reset, dispose, stop) rather than a close.</summary>
    private static async Task<bool> CutsAsync(Task copying)
    {
        try
        {
            await copying;
            return false;
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            return true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        DropAll();
        await _accepting;
        _stop.Dispose();
    }
}
