using System.Net;
using System.Net.Sockets;

namespace ProcessCluster;

/// <summary>
/// The load balancer in front of the gateways: a TCP forwarder on a free loopback port that hands each new connection
/// to the next target in turn, skipping a target that refuses it (a killed gateway), so clients that reconnect land on
/// a live gateway. A connection whose target dies is closed on the client's side too, as a real balancer does.
/// </summary>
public sealed class BalancingProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IReadOnlyList<IPEndPoint> _targets;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _turn;
    private int _forwarded;
    private int _refused;

    public BalancingProxy(IEnumerable<Uri> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        _targets = [.. targets.Select(t => new IPEndPoint(IPAddress.Parse(t.Host), t.Port))];
        if (_targets.Count == 0)
        {
            throw new ArgumentException("A balancer needs at least one target.", nameof(targets));
        }

        _listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _accepting = AcceptLoopAsync();
    }

    /// <summary>Where clients connect.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Connections handed to a target since the start.</summary>
    public int Forwarded => Volatile.Read(ref _forwarded);

    /// <summary>Connections no target accepted.</summary>
    public int Refused => Volatile.Read(ref _refused);

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(Socket client)
    {
        using (client)
        {
            using var upstream = await ConnectToLiveTargetAsync();
            if (upstream is null)
            {
                Interlocked.Increment(ref _refused);
                return;
            }

            Interlocked.Increment(ref _forwarded);
            using var relay = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
            var up = PumpAsync(client, upstream, relay.Token);
            var down = PumpAsync(upstream, client, relay.Token);
            await Task.WhenAny(up, down);
            // Either side ended: end the other one too, so a dead gateway's clients see their connection close.
            await relay.CancelAsync();
            await Task.WhenAll(up, down);
        }
    }

    private async Task<Socket?> ConnectToLiveTargetAsync()
    {
        var first = Interlocked.Increment(ref _turn);
        for (var attempt = 0; attempt < _targets.Count; attempt++)
        {
            var target = _targets[(int)((uint)(first + attempt) % (uint)_targets.Count)];
            var socket = new Socket(target.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                await socket.ConnectAsync(target, _stop.Token);
                return socket;
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException)
            {
                socket.Dispose();
            }
        }

        return null;
    }

    /// <summary>Copies one direction until it closes or fails, then shuts the other socket's sending side.</summary>
    private static async Task PumpAsync(Socket from, Socket to, CancellationToken cancellation)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None, cancellation);
                if (read == 0)
                {
                    break;
                }

                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, cancellation);
            }
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // A reset or the other direction's end: the relay closes both sockets.
        }

        try
        {
            to.Shutdown(SocketShutdown.Send);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Already closed.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
