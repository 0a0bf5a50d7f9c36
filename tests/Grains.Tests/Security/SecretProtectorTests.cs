using System.Security.Cryptography;
using System.Text;
using Grains.Security;
using Infrastructure.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Silo.Security;

namespace Grains.Tests.Security;

public sealed class SecretProtectorTests
{
    private const string Secret = "$2a$04$abcdefghijklmnopqrstuv";

    [Fact]
    public void ASecretRoundTripsAndItsCiphertextDoesNotContainIt()
    {
        var protector = new SecretProtector(RandomNumberGenerator.GetBytes(32));

        var first = protector.Protect(Secret, "seller-a");
        var second = protector.Protect(Secret, "seller-a");

        Assert.Equal(Secret, protector.Unprotect(first, "seller-a"));
        Assert.NotEqual(first, second);
        Assert.DoesNotContain(Secret, Encoding.UTF8.GetString(first), StringComparison.Ordinal);
    }

    [Fact]
    public void ATamperedBlobAnotherPurposeOrAnotherKeyDoNotDecrypt()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var protector = new SecretProtector(key);
        var blob = protector.Protect(Secret, "seller-a");
        var tampered = (byte[])blob.Clone();
        tampered[^1] ^= 1;

        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(tampered, "seller-a"));
        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(blob, "seller-b"));
        Assert.ThrowsAny<CryptographicException>(() => new SecretProtector(RandomNumberGenerator.GetBytes(32)).Unprotect(blob, "seller-a"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("c2hvcnQ=")]
    [InlineData("not base64 at all")]
    public void OutsideDevelopmentAMissingOrMalformedKeyFailsValidationNamingTheKey(string? key)
    {
        var factory = new SecretProtectorFactory(new Environment(Environments.Production), NullLogger<SecretProtectorFactory>.Instance);

        var result = factory.Validate(null, new SecurityOptions { EncryptionKey = key });

        Assert.True(result.Failed);
        Assert.Contains("Security__EncryptionKey", result.FailureMessage, StringComparison.Ordinal);
        Assert.Throws<StartupConfigurationException>(() => factory.Create(new SecurityOptions { EncryptionKey = key }));
    }

    [Fact]
    public void DevelopmentGeneratesAKeyOnlyWhenNoneIsSet()
    {
        var factory = new SecretProtectorFactory(new Environment(Environments.Development), NullLogger<SecretProtectorFactory>.Instance);

        Assert.True(factory.Validate(null, new SecurityOptions()).Succeeded);
        var generated = factory.Create(new SecurityOptions());
        Assert.Equal(Secret, generated.Unprotect(generated.Protect(Secret, "p"), "p"));
        Assert.True(factory.Validate(null, new SecurityOptions { EncryptionKey = "c2hvcnQ=" }).Failed);
    }

    [Fact]
    public void AConfiguredKeyIsUsed()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var factory = new SecretProtectorFactory(new Environment(Environments.Production), NullLogger<SecretProtectorFactory>.Instance);

        var protector = factory.Create(new SecurityOptions { EncryptionKey = Convert.ToBase64String(key) });

        Assert.Equal(Secret, new SecretProtector(key).Unprotect(protector.Protect(Secret, "p"), "p"));
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
