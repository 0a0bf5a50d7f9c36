using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;
using WebGateway.Demo;

namespace WebGateway.Extensions;

/// <summary>
/// The browser dashboard: the static files of <c>wwwroot</c> at <c>/</c>, <c>index.html</c> for any other page path
/// (the dashboard routes with the URL hash, so this only catches bookmarks and reloads), and the demo accounts.
/// </summary>
public static class DashboardExtensions
{
    /// <summary>Paths that belong to the API and the operations pages: never answered with the dashboard.</summary>
    private static readonly string[] s_serverPaths =
        ["/api", "/hubs", "/health", "/metrics", "/openapi", "/api-reference", "/orleans-dashboard", "/lib", "/js"];

    /// <summary>Registers the demo accounts (<c>Demo__Enabled=true</c>).</summary>
    public static IServiceCollection AddOnChannelDashboard(this IServiceCollection services)
    {
        services.AddOptions<DemoAccountOptions>().BindConfiguration(DemoAccountOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<DemoAccountBootstrapper>();
        return services;
    }

    /// <summary>Serves the dashboard's files first in the pipeline, and its page for paths no route takes.</summary>
    public static WebApplication UseOnChannelDashboard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
            // The files are small and change with every deployment: the browser asks again each time (304 when unchanged).
            OnPrepareResponse = context => context.Context.Response.Headers[HeaderNames.CacheControl] = "no-cache",
        });
        // Not a fallback route: one matching every path and method would win over an API route's 405 (wrong
        // method) and 415 (not JSON) and answer them 404. This runs after routing and only where no route matched.
        app.Use(ServePageUnlessRoutedAsync);
        return app;
    }

    /// <summary>The dashboard's page for a GET of a page path no route takes (not a file, not the server's own).</summary>
    private static async Task ServePageUnlessRoutedAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        var environment = context.RequestServices.GetRequiredService<IWebHostEnvironment>();
        var page = environment.WebRootFileProvider.GetFileInfo("index.html");
        if (context.GetEndpoint() is not null || !HttpMethods.IsGet(request.Method) || Path.HasExtension(request.Path.Value)
            || s_serverPaths.Any(path => request.Path.StartsWithSegments(path)) || !page.Exists)
        {
            await next(context);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
        await context.Response.SendFileAsync(page, context.RequestAborted);
    }
}
