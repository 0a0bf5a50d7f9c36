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

    /// <summary>Serves the dashboard's files first in the pipeline, and its page for unknown non-API paths last.</summary>
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
        app.MapFallback(ServePageAsync);
        return app;
    }

    private static async Task ServePageAsync(HttpContext context)
    {
        var request = context.Request;
        var environment = context.RequestServices.GetRequiredService<IWebHostEnvironment>();
        var page = environment.WebRootFileProvider.GetFileInfo("index.html");
        if (!HttpMethods.IsGet(request.Method) || s_serverPaths.Any(path => request.Path.StartsWithSegments(path)) || !page.Exists)
        {
            await TypedResults.NotFound().ExecuteAsync(context);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
        await context.Response.SendFileAsync(page, context.RequestAborted);
    }
}
