using System.Net;
using Gateway.Tests.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Gateway.Tests.Sweep;

/// <summary>
/// The hub's part of the sweep, through the real SignalR client over WebSockets: connections with no, spoiled and
/// wrong-role tokens are refused (401/403) before they open; a seller's open connection calling methods the hub does
/// not have, with hostile or oversized arguments, gets an error and never a way into another group.
/// </summary>
internal static class HubSweep
{
    /// <summary>The methods a client might try; the hub has no client-callable method at all.</summary>
    private static readonly string[] Methods = ["JoinGroup", "AddToGroupAsync", "Subscribe", "OnConnectedAsync", "OnDisconnectedAsync", "Dispose", "SendAsync", "orderChanged"];

    public static async Task<(int Cases, List<string> Failures)> RunAsync(SweepWorld world)
    {
        var failures = new List<string>();
        var cases = 0;
        var gateway = world.Fixture.Gateway;

        var refused = world.Spoiled.Select(c => (c.Name, Token: c.Bearer, Status: HttpStatusCode.Unauthorized))
            .Append(("no token", null, HttpStatusCode.Unauthorized))
            .Append(("an operator token", world.Operator.Token, HttpStatusCode.Forbidden));
        foreach (var (name, token, status) in refused)
        {
            cases++;
            await using var client = LiveClient.Create(gateway.BaseAddress, token);
            var refusal = await FailureOfAsync(() => client.Connection.StartAsync());
            if (refusal is not HttpRequestException { StatusCode: var got } || got != status)
            {
                failures.Add($"[hub] connect with {name}: expected {(int)status}, got {(refusal is null ? "an open connection" : $"{refusal.GetType().Name}: {refusal.Message}")}");
            }
        }

        await using var seller = await LiveClient.ConnectAsync(gateway, world.A.Seller.Token);
        var arguments = HostileText.Strings.Select(s => (object?)s.Value).Append(world.B.Seller.LoginId).Append(null).Append(42).Append(new { group = "seller:" + world.B.Seller.LoginId });
        foreach (var method in Methods)
        {
            foreach (var argument in arguments)
            {
                cases++;
                var refusal = await FailureOfAsync(() => seller.Connection.InvokeAsync(method, argument));
                if (refusal is not HubException)
                {
                    failures.Add($"[hub] {method}({Describe(argument)}): expected a HubException, got {refusal?.GetType().Name ?? "a successful call"}");
                }
            }
        }

        if (seller.Connection.State != HubConnectionState.Connected)
        {
            failures.Add($"[hub] calls of unknown methods closed the seller's connection ({seller.Connection.State})");
        }

        // Over SignalR's 32 KB message limit: the server drops the connection; it must not take the gateway with it.
        cases++;
        if (await FailureOfAsync(() => seller.Connection.InvokeAsync("JoinGroup", new string('x', 64 * 1024))) is null)
        {
            failures.Add("[hub] a 64 KB argument: expected the call to fail, it succeeded");
        }

        cases++;
        await using var again = LiveClient.Create(gateway.BaseAddress, world.A.Seller.Token);
        await again.Connection.StartAsync();
        if (again.Connection.State != HubConnectionState.Connected)
        {
            failures.Add("[hub] after an oversized message a seller could not connect again");
        }

        return (cases, failures);
    }

    /// <summary>What <paramref name="call"/> threw, or null when it succeeded: here a refusal is the expected outcome.</summary>
    private static async Task<Exception?> FailureOfAsync(Func<Task> call)
    {
        try
        {
            await call();
            return null;
        }
        catch (Exception e) when (e is HubException or HttpRequestException or InvalidOperationException or TaskCanceledException or IOException)
        {
            return e;
        }
    }

    private static string Describe(object? argument) => argument switch
    {
        null => "null",
        string s => s.Length > 40 ? $"{s[..40]}… ({s.Length} chars)" : s,
        _ => argument.ToString() ?? "?",
    };
}
