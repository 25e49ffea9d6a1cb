using Jixiao.Domain.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace Jixiao.Web.Startup;

/// <summary>
/// Every text a form binds goes through here: one holding a control character, a bidirectional override or (in a
/// name) a zero-width character (<see cref="UnsafeCharacters"/>) is noted with a Chinese message naming the field by
/// its label, for <see cref="UnsafeTextFilter"/> to refuse the post before its handler runs; the characters are also
/// taken out of the bound value, so nothing could store them even so.
/// </summary>
internal sealed class UnsafeTextBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(string) ? new Binder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>())) : null;

    private sealed class Binder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext).ConfigureAwait(false);
            if (bindingContext.Result is not { IsModelSet: true, Model: string text })
            {
                return;
            }

            var field = bindingContext.ModelMetadata.DisplayName ?? bindingContext.ModelMetadata.PropertyName ?? bindingContext.ModelName;
            var isName = UnsafeCharacters.IsNameField(bindingContext.ModelMetadata.PropertyName ?? bindingContext.ModelName)
                         || UnsafeCharacters.IsNameField(field);
            if (UnsafeCharacters.Find(text, isName) is not { } c)
            {
                return;
            }

            var message = UnsafeCharacters.Message(field, c);
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, message);
            UnsafeTextFilter.Note(bindingContext.HttpContext, message);
            bindingContext.Result = ModelBindingResult.Success(string.Concat(text.Where(ch => !UnsafeCharacters.IsUnsafe(ch, isName))));
        }
    }
}
