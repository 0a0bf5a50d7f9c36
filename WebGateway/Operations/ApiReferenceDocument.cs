using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace WebGateway.Operations;

/// <summary>
/// Gives the OpenAPI document (<c>/openapi/v1.json</c>, shown by Scalar at <c>/api-reference</c>) its title,
/// description and the bearer scheme, required by every endpoint that needs a login (not by the token endpoint).
/// </summary>
internal sealed class ApiReferenceDocument : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string Name = "v1";
    public const string BearerScheme = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info = new OpenApiInfo
        {
            Title = "OnChannel API",
            Version = Name,
            Description = "The OnChannel gateway: sellers collect SmartStore orders, validate and place them with points; "
                + "suppliers ship; operators manage accounts and the catalog. Log in with POST /api/auth/token and send "
                + "the accessToken as 'Authorization: Bearer <token>'. Errors are application/problem+json.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "The accessToken from POST /api/auth/token.",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] });
        }

        return Task.CompletedTask;
    }
}
