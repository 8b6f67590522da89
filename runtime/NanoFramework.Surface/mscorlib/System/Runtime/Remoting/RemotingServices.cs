// Declaration-only surface of nanoFramework's mscorlib: System.Runtime.Remoting.
namespace System.Runtime.Remoting
{
    public static class RemotingServices
    {
        public static bool IsTransparentProxy(object proxy) => throw null;
    }
}
