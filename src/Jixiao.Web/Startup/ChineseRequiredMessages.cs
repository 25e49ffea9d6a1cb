using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Jixiao.Web.Startup;

/// <summary>
/// Non-nullable value types (a bool checkbox, an int month) are implicitly required, and MVC then writes the
/// DataAnnotations default "The {0} field is required." into the page's validation attributes. Every required
/// field without its own message gets the Chinese one instead, so no English reaches the browser.
/// </summary>
internal sealed class ChineseRequiredMessages : IValidationMetadataProvider
{
    private const string Message = "请填写“{0}”。";

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        var validators = context.ValidationMetadata.ValidatorMetadata;
        var type = context.Key.ModelType;
        if (context.Key.MetadataKind == Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.ModelMetadataKind.Property
            && type.IsValueType && Nullable.GetUnderlyingType(type) is null && !validators.OfType<RequiredAttribute>().Any())
        {
            validators.Add(new RequiredAttribute { ErrorMessage = Message });
        }

        foreach (var required in validators.OfType<RequiredAttribute>())
        {
            if (required.ErrorMessage is null && required.ErrorMessageResourceName is null)
            {
                required.ErrorMessage = Message;
            }
        }
    }
}
