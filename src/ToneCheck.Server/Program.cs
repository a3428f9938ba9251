namespace ToneCheck.Server;

/// <summary>Runs the service on its own: <c>dotnet ToneCheck.Server.dll [--urls URL] [--ToneCheck:NoModel=true]</c>.</summary>
public sealed class Program
{
    public static Task Main(string[] args) => ToneCheckServer.Build(args).RunAsync();
}
