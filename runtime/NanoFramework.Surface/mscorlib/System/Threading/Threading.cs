// Declaration-only surface of nanoFramework's mscorlib: System.Threading.
// Note what nanoFramework lacks: WaitHandle.WaitOne(int) and WaitOne(TimeSpan) (only WaitOne() and
// WaitOne(int, bool)), Monitor.TryEnter/Wait/Pulse, Monitor.Enter(object, ref bool),
// Interlocked on long/object/Add/Read, Thread.IsBackground/Name, ThreadPool, Volatile,
// CancellationToken, SemaphoreSlim, Lock, Task.
namespace System.Threading
{
    public abstract class WaitHandle : MarshalByRefObject
    {
        public const int WaitTimeout = 0x102;

        public virtual bool WaitOne(int millisecondsTimeout, bool exitContext) => throw null;
        public virtual bool WaitOne() => throw null;

        public static bool WaitAll(WaitHandle[] waitHandles, int millisecondsTimeout, bool exitContext) => throw null;
        public static bool WaitAll(WaitHandle[] waitHandles) => throw null;
        public static int WaitAny(WaitHandle[] waitHandles, int millisecondsTimeout, bool exitContext) => throw null;
        public static int WaitAny(WaitHandle[] waitHandles) => throw null;
    }

    public sealed class AutoResetEvent : WaitHandle
    {
        public AutoResetEvent(bool initialState) { }
        public bool Reset() => throw null;
        public bool Set() => throw null;
    }

    public sealed class ManualResetEvent : WaitHandle
    {
        public ManualResetEvent(bool initialState) { }
        public bool Reset() => throw null;
        public bool Set() => throw null;
    }

    public static class Interlocked
    {
        public static int Increment(ref int location) => throw null;
        public static int Decrement(ref int location) => throw null;
        public static int Exchange(ref int location1, int value) => throw null;
        public static int CompareExchange(ref int location1, int value, int comparand) => throw null;
    }

    public static class Monitor
    {
        public static void Enter(object obj) { }
        public static void Exit(object obj) { }
    }

    public struct SpinWait
    {
        public void SpinOnce() { }
        public static void SpinUntil(TimeSpan timeout) { }
        public static void SpinUntil(int millisecondsTimeout) { }
    }

    public delegate void ThreadStart();

    public sealed class Thread
    {
        public Thread(ThreadStart start) { }

        public void Start() { }
        public void Abort() { }
        public void Suspend() { }
        public void Resume() { }

        public ThreadPriority Priority { get => throw null; set { } }
        public int ManagedThreadId => throw null;
        public bool IsAlive => throw null;

        public void Join() { }
        public bool Join(int millisecondsTimeout) => throw null;
        public bool Join(TimeSpan timeout) => throw null;

        public static void Sleep(int millisecondsTimeout) { }
        public static void Sleep(TimeSpan timeout) { }
        public static void SpinWait(int iterations) { }

        public static Thread CurrentThread => throw null;
        public ThreadState ThreadState => throw null;
    }

    public enum ThreadPriority
    {
        Lowest = 0,
        BelowNormal = 1,
        Normal = 2,
        AboveNormal = 3,
        Highest = 4,
    }

    [Flags]
    public enum ThreadState
    {
        Running = 0,
        StopRequested = 1,
        SuspendRequested = 2,
        Background = 4,
        Unstarted = 8,
        Stopped = 16,
        WaitSleepJoin = 32,
        Suspended = 64,
        AbortRequested = 128,
        Aborted = 256,
    }

    public static class Timeout
    {
        public const int Infinite = -1;
        public static readonly TimeSpan InfiniteTimeSpan;
    }

    public delegate void TimerCallback(object state);

    public sealed class Timer : MarshalByRefObject, IDisposable
    {
        public Timer(TimerCallback callback, object state, int dueTime, int period) { }
        public Timer(TimerCallback callback, object state, TimeSpan dueTime, TimeSpan period) { }

        public bool Change(int dueTime, int period) => throw null;
        public bool Change(TimeSpan dueTime, TimeSpan period) => throw null;
        public void Dispose() { }
    }
}
