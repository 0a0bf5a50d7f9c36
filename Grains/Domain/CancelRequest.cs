
namespace Grains.Domain;

/// <summary>A buyer's cancel request that SmartStore holds open (취소 요청), with the claim status it showed.</summary>
/// <param name="ClaimStatus">SmartStore's claim status, e.g. <c>CANCEL_REQUEST</c> or <c>CANCELING</c>: the reason code shown.</param>
/// <param name="SeenAt">When collection first saw it.</param>
[GenerateSerializer, Immutable, Alias("onch.CancelRequest")]
public sealed record class CancelRequest(
    [property: Id(0)] string ClaimStatus,
    [property: Id(1)] DateTimeOffset SeenAt);
