using System.Text;

namespace SmartStore.Internal;

/// <summary><c>client_secret_sign</c> = Base64(bcrypt(<c>{client_id}_{timestamp}</c>, salt = client secret)).</summary>
internal static class SmartStoreSignature
{
    public static bool TryCreate(string clientId, string clientSecret, long timestampMs, out string signature)
    {
        try
        {
            var hashed = BCrypt.Net.BCrypt.HashPassword($"{clientId}_{timestampMs}", clientSecret);
            signature = Convert.ToBase64String(Encoding.UTF8.GetBytes(hashed));
            return true;
        }
        catch (BCrypt.Net.SaltParseException)
        {
            // A secret that is not a bcrypt salt is a registration error the caller must see, not a crash.
            signature = string.Empty;
            return false;
        }
    }
}
