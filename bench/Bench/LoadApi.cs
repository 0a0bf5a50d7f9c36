using System.Globalization;
using System.Text;
using System.Text.Json;
using SmartStore;

namespace Bench;

/// <summary>
/// The read API a benchmark puts under load, called either through the governed <see cref="ISmartStoreClient"/>
/// or as one raw HTTP request; names are the simulator's counter names.
/// </summary>
internal static class LoadApi
{
    public const string Query = "query";
    public const string LastChangedStatuses = "last-changed-statuses";

    public static readonly string[] Names = [Query, LastChangedStatuses];

    private const string OrdersPath = "v1/pay-order/seller/product-orders";
    private static readonly TimeSpan KstOffset = TimeSpan.FromHours(9);

    /// <summary>One governed call that costs exactly one request to <paramref name="api"/>; true when it succeeded.</summary>
    public static async Task<bool> CallAsync(string api, ISmartStoreClient client, SellerAccount seller, CancellationToken cancellationToken)
    {
        var credentials = SmartStoreCredentials.ForSolutionSeller(seller.AccountId);
        if (api == Query)
        {
            return (await client.QueryProductOrdersAsync(credentials, seller.AccountId, [seller.ProductOrderId], cancellationToken)).IsSuccess;
        }

        // One hour holds the seller's single order: one page, one request.
        var now = DateTimeOffset.UtcNow;
        return (await client.GetLastChangedStatusesAsync(credentials, seller.AccountId, now.AddHours(-1), now, cancellationToken)).IsSuccess;
    }

    /// <summary>The same request without client, governor or retries.</summary>
    public static HttpRequestMessage RawRequest(string api, SellerAccount seller, string accessToken)
    {
        HttpRequestMessage request;
        if (api == Query)
        {
            var body = JsonSerializer.Serialize(new { productOrderIds = new[] { seller.ProductOrderId } });
            request = new HttpRequestMessage(HttpMethod.Post, $"{OrdersPath}/query") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        }
        else
        {
            var now = DateTimeOffset.UtcNow;
            request = new HttpRequestMessage(HttpMethod.Get, $"{OrdersPath}/last-changed-statuses?lastChangedFrom={FormatKst(now.AddHours(-1))}&lastChangedTo={FormatKst(now)}");
        }

        request.Headers.Authorization = new("Bearer", accessToken);
        return request;
    }

    // Naver's format with an explicit +09:00, escaped so that '+' is not read as a space.
    private static string FormatKst(DateTimeOffset value) =>
        Uri.EscapeDataString(value.ToOffset(KstOffset).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture));
}
