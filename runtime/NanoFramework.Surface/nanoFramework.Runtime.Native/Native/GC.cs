// Declaration-only surface of nanoFramework.Runtime.Native (nanoframework/nanoFramework.Runtime.Native).
namespace nanoFramework.Runtime.Native
{
    public static class GC
    {
        public static uint Run(bool compactHeap) => throw null;

        public static void EnableGCMessages(bool enable) { }
    }
}
