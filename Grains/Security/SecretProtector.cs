using System.Security.Cryptography;
using System.Text;

namespace Grains.Security;

/// <summary>
/// Encrypts secrets at rest with AES-256-GCM. The output is <c>version | nonce | tag | ciphertext</c>; the purpose
/// (e.g. the seller id) is authenticated as associated data, so a blob copied to another seller does not decrypt.
/// </summary>
public sealed class SecretProtector
{
    /// <summary>Length of the key in bytes.</summary>
    public const int KeyLength = 32;

    private const byte FormatVersion = 1;
    private const int NonceLength = 12;
    private const int TagLength = 16;

    private readonly byte[] _key;

    public SecretProtector(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length != KeyLength)
        {
            throw new ArgumentException($"The encryption key must be {KeyLength} bytes.", nameof(key));
        }

        _key = (byte[])key.Clone();
    }

    /// <summary>Encrypts <paramref name="secret"/> for <paramref name="purpose"/>.</summary>
    public byte[] Protect(string secret, string purpose)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(purpose);
        var plaintext = Encoding.UTF8.GetBytes(secret);
        var output = new byte[1 + NonceLength + TagLength + plaintext.Length];
        output[0] = FormatVersion;
        var nonce = output.AsSpan(1, NonceLength);
        var tag = output.AsSpan(1 + NonceLength, TagLength);
        var ciphertext = output.AsSpan(1 + NonceLength + TagLength);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagLength);
        aes.Encrypt(nonce, plaintext, ciphertext, tag, Encoding.UTF8.GetBytes(purpose));
        CryptographicOperations.ZeroMemory(plaintext);
        return output;
    }

    /// <summary>Decrypts what <see cref="Protect"/> returned for the same <paramref name="purpose"/>.</summary>
    /// <exception cref="CryptographicException">When the blob was tampered with, or the key or purpose differ.</exception>
    public string Unprotect(byte[] protectedSecret, string purpose)
    {
        ArgumentNullException.ThrowIfNull(protectedSecret);
        ArgumentNullException.ThrowIfNull(purpose);
        if (protectedSecret.Length < 1 + NonceLength + TagLength || protectedSecret[0] != FormatVersion)
        {
            throw new CryptographicException("The protected secret has an unknown format.");
        }

        var input = protectedSecret.AsSpan();
        var plaintext = new byte[input.Length - 1 - NonceLength - TagLength];
        using var aes = new AesGcm(_key, TagLength);
        aes.Decrypt(
            input.Slice(1, NonceLength),
            input[(1 + NonceLength + TagLength)..],
            input.Slice(1 + NonceLength, TagLength),
            plaintext,
            Encoding.UTF8.GetBytes(purpose));
        var secret = Encoding.UTF8.GetString(plaintext);
        CryptographicOperations.ZeroMemory(plaintext);
        return secret;
    }

    /// <summary>
    /// Reads a base64 key of <see cref="KeyLength"/> bytes; returns null with a reason when it is not one.
    /// </summary>
    public static byte[]? TryParseKey(string? base64, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(base64))
        {
            problem = "Security__EncryptionKey is not set: give base64 of 32 random bytes (e.g. `openssl rand -base64 32`), the same on every silo.";
            return null;
        }

        var buffer = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64.Trim(), buffer, out var written) || written != KeyLength)
        {
            problem = "Security__EncryptionKey must be base64 of exactly 32 bytes (e.g. `openssl rand -base64 32`).";
            return null;
        }

        return buffer[..KeyLength];
    }
}
