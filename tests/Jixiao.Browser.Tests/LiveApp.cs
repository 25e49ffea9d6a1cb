using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Browser.Tests;

/// <summary>The real app on Kestrel (a free port) so a real browser can reach it.</summary>
internal static class LiveApp
{
    /// <summary>Starts <paramref name="factory"/> on Kestrel and returns its base address without the trailing slash.</summary>
    public static string Start(JixiaoAppFactory factory)
    {
        factory.UseKestrel(0);
        factory.StartServer();
        return factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }
}
