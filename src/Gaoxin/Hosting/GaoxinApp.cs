using System.Globalization;
using System.Security.Claims;
using Gaoxin.Components;
using Gaoxin.Data;
using Gaoxin.Hosting.Auth;
using Gaoxin.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.IdentityModel.Tokens;
using MudBlazor.Services;
using Scalar.AspNetCore;

namespace Gaoxin.Hosting;

/// <summary>Builds and configures the web application; the CLI and the tests start it the same way.</summary>
public static class GaoxinApp
{
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(GaoxinApp).Assembly.GetName().Name,
        });
        // GAOXIN_Database__Provider=postgres as well as Database__Provider=postgres; the command line wins over both.
        builder.Configuration.AddEnvironmentVariables("GAOXIN_");
        builder.Configuration.AddCommandLine(args);
        // Serve the static assets of packages (MudBlazor, the Blazor script) from a build as well as from a publish,
        // whatever the environment: `dotnet run` and the tests run from the build output.
        builder.WebHost.UseStaticWebAssets();
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls("http://localhost:5000");
        }

        AddServices(builder.Services, builder.Configuration);
        return builder;
    }

    public static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        var database = DatabaseSettings.From(configuration);
        services.AddSingleton(database);
        services.AddSingleton(DemoSettings.From(configuration, database));
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped(sp => new ZoneScope(sp.GetRequiredService<IHttpContextAccessor>()));
        services.AddScoped(sp => database.Create(sp.GetRequiredService<ZoneScope>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<GaoxinDbFactory>();
        services.AddScoped<CircuitHandler, CircuitUserHandler>();

        services.AddDataProtection().SetApplicationName("gaoxin").PersistKeysToDbContext<GaoxinDb>();

        services.AddIdentity<User, Role>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Auth:MaxFailedAttempts", 5);
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Auth:LockoutMinutes", 15));
                o.User.RequireUniqueEmail = false;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
            })
            .AddEntityFrameworkStores<GaoxinDb>()
            .AddSignInManager<GaoxinSignInManager>()
            .AddClaimsPrincipalFactory<GaoxinClaimsFactory>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddDefaultTokenProviders();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = context =>
        {
            // Keep the zone picked in the switcher when the cookie is refreshed.
            if (context.CurrentPrincipal?.FindFirst(GaoxinClaims.CurrentZone) is { } current && context.NewPrincipal?.Identity is ClaimsIdentity identity)
            {
                identity.AddClaim(new Claim(current.Type, current.Value));
            }

            return Task.CompletedTask;
        });
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "gaoxin.auth";
            o.LoginPath = "/login";
            o.AccessDeniedPath = "/denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });

        services.AddSingleton<SigningKeys>();
        services.AddSingleton<TokenService>();
        services.AddAuthentication().AddJwtBearer(o =>
        {
            o.MapInboundClaims = false;
            o.Events = JwtEvents.Create();
        });
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<SigningKeys, TimeProvider>((o, keys, clock) => o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = TokenService.Issuer,
                ValidAudience = TokenService.Audience,
                IssuerSigningKeyResolver = (_, _, _, _) => [keys.Key],
                NameClaimType = ClaimTypes.Name,
                RoleClaimType = ClaimTypes.Role,
                ClockSkew = TimeSpan.Zero,
                // Lifetime is checked against the injected clock, so tests can move time.
                ValidateLifetime = true,
                LifetimeValidator = (notBefore, expires, _, _) =>
                {
                    var now = clock.GetUtcNow().UtcDateTime;
                    return (notBefore is null || notBefore <= now) && expires is not null && now < expires;
                },
            });
        Policies.Add(services.AddAuthorizationBuilder());

        // Chinese text is written as characters, not entities: pages are readable and a third smaller.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture("zh-CN");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            o.RequestCultureProviders =
            [
                new CookieRequestCultureProvider { CookieName = CultureCookie.Name },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddMudServices();

        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Extensions.Remove("exception");
            c.ProblemDetails.Instance ??= c.HttpContext.Request.Path;
        });
        services.AddExceptionHandler<GaoxinExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddValidation();
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Gaoxin API";
            doc.Info.Description = "REST API of Gaoxin. Get a token from POST /api/v1/auth/token and send it as 'Authorization: Bearer …'. Money in yuan (decimal), dates ISO 8601, errors as RFC 9457 problem details.";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddDbContextCheck<GaoxinDb>("database", tags: ["ready"]);
        services.AddFoundation();

        foreach (var module in GaoxinModules.All)
        {
            module.AddServices(services, configuration);
        }
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/export") || path.StartsWithSegments("/_blazor"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = ex => GaoxinExceptionHandler.Describe(ex).Status });
        app.UseStatusCodePages();
        app.UseApiBodyLimit();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();

        app.MapOpenApi("/api/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("Gaoxin API").WithOpenApiRoutePattern("/api/openapi/{documentName}.json")).AllowAnonymous();

        var api = app.MapGroup("/api/v1").RequireAuthorization(Policies.Api).ProducesProblem(StatusCodes.Status401Unauthorized);
        foreach (var module in GaoxinModules.All)
        {
            module.MapApi(api);
            module.MapEndpoints(app);
        }

        CultureCookie.Map(app);
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
