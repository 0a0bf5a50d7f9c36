namespace Grains.Interfaces.Catalog;

/// <summary>
/// One problem with a product upsert, named by its camelCase JSON field (for ProblemDetails <c>errors</c>).
/// </summary>
/// <param name="Field">JSON path of the offending field, e.g. <c>supplyPrice</c> or <c>options[1].optionId</c>.</param>
/// <param name="Message">What is wrong, for the operator.</param>
[GenerateSerializer, Immutable, Alias("onch.ProductValidationError")]
public sealed record class ProductValidationError(
    [property: Id(0)] string Field,
    [property: Id(1)] string Message);
