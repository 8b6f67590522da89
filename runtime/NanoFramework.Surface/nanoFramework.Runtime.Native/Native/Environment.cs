// Declaration-only surface of nanoFramework.Runtime.Native: System.Environment lives in this assembly (not in
// mscorlib) and has only TickCount64, the milliseconds since boot (a native counter, monotonic).
namespace System
{
    public static class Environment
    {
        public static long TickCount64 => throw null;
    }
}
