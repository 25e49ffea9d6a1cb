using System.Net;
using Jixiao.Domain.Monitoring;
using Microsoft.AspNetCore.Html;

namespace Jixiao.Web.Features.Execution;

/// <summary>A light as a coloured word (红灯/黄灯/绿灯/蓝灯), readable without colour too.</summary>
public static class LightBadge
{
    public static HtmlString Html(Light light, string? title = null) =>
        new($"<span class=\"light light-{light.ToString().ToLowerInvariant()}\" data-light=\"{light.ToString().ToLowerInvariant()}\"{(title is null ? "" : $" title=\"{WebUtility.HtmlEncode(title)}\"")}>{WebUtility.HtmlEncode(light.ToChinese())}</span>");
}
