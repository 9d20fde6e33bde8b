namespace Gaoxin.Hosting;

internal static class ServiceRegistrations
{
    public static IServiceCollection AddFoundation(this IServiceCollection services)
    {
        services.AddScoped<Data.Demo.DemoSeeder>();
        services.AddScoped<CurrentZone>();
        services.AddSingleton<BusinessDay>();
        return services;
    }
}
