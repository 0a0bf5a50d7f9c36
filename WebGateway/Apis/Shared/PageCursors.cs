using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Grains.Interfaces.ReadModel;
using WebGateway.Auth;

namespace WebGateway.Apis.Shared;

/// <summary>
/// The one codec of the order lists' paging cursors (seller and supplier): the read model's keyset position (the last
/// order's time and product order id), sealed with AES-GCM under a key derived by HKDF from <c>Security__SigningKey</c>
/// and bound to the list's owner. Every gateway shares the signing key, so each reads the others' cursors; a client
/// can neither read nor forge one, and a cursor of another list, altered or made up is refused (400).
/// </summary>
internal sealed class PageCursors
{
    private const int KeySize = 32;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int TicksSize = sizeof(long);

    // Nonce, tag, ticks and a product order id of at most 100 ASCII characters, in base64url.
    private const int MaxTextLength = 200;

    private static readonly byte[] Purpose = "onchannel.cursor"u8.ToArray();

    private readonly byte[] _key;

    public PageCursors(SigningKeyProvider signingKey)
    {
        ArgumentNullException.ThrowIfNull(signingKey);
        _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, signingKey.Key.Key, KeySize, salt: null, info: Purpose);
    }

    /// <summary>The cursor of <paramref name="cursor"/> in the list of <paramref name="owner"/> (e.g. <c>seller:abc</c>).</summary>
    public string Encode(OrderPageCursor cursor, string owner)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        var id = Encoding.UTF8.GetBytes(cursor.ProductOrderId);
        var plain = new byte[TicksSize + id.Length];
        BinaryPrimitives.WriteInt64BigEndian(plain, cursor.OrderedAt.UtcTicks);
        id.CopyTo(plain, TicksSize);

        var sealedBytes = new byte[NonceSize + TagSize + plain.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), Encoding.UTF8.GetBytes(owner));
        return Base64Url.EncodeToString(sealedBytes);
    }

    /// <summary>
    /// The position in <paramref name="text"/>: true with null when there is none; false when it is not a cursor a
    /// gateway made for <paramref name="owner"/>'s list.
    /// </summary>
    public bool TryDecode(string? text, string owner, out OrderPageCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (text.Length > MaxTextLength || !Base64Url.IsValid(text))
        {
            return false;
        }

        var sealedBytes = Base64Url.DecodeFromChars(text);
        if (sealedBytes.Length <= NonceSize + TagSize + TicksSize)
        {
            return false;
        }

        var plain = new byte[sealedBytes.Length - NonceSize - TagSize];
        try
        {
            using var aes = new AesGcm(_key, TagSize);
            aes.Decrypt(
                sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), plain,
                Encoding.UTF8.GetBytes(owner));
        }
        catch (AuthenticationTagMismatchException)
        {
            return false;
        }

        var ticks = BinaryPrimitives.ReadInt64BigEndian(plain);
        var id = Encoding.ASCII.GetString(plain, TicksSize, plain.Length - TicksSize);
        if (ticks is < 0 || ticks > DateTimeOffset.MaxValue.UtcTicks || !Ids.IsOrderId(id))
        {
            return false;
        }

        cursor = new OrderPageCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id);
        return true;
    }
}
