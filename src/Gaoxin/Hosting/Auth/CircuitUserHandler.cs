using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Gaoxin.Hosting.Auth;

/// <summary>Gives the circuit's <see cref="ZoneScope"/> the signed-in user (there is no HttpContext inside a circuit).</summary>
public sealed class CircuitUserHandler(AuthenticationStateProvider auth, ZoneScope scope) : CircuitHandler, IDisposable
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        auth.AuthenticationStateChanged += OnChanged;
        scope.SetPrincipal((await auth.GetAuthenticationStateAsync()).User);
    }

    private async void OnChanged(Task<AuthenticationState> state)
    {
        try
        {
            scope.SetPrincipal((await state).User);
        }
        catch (InvalidOperationException)
        {
            // The state could not be read; the scope keeps the last known user.
        }
    }

    public void Dispose() => auth.AuthenticationStateChanged -= OnChanged;
}
