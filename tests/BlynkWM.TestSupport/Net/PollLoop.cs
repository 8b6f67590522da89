using System.Diagnostics;
using System.Threading;

namespace BlynkWM.Host.Net
{
    /// <summary>
    /// Runs a non-blocking poll function (HttpServer.Poll, a DNS responder) on a background thread, the way a
    /// device's main loop would: spins while there is work, yields when briefly idle, sleeps 1 ms when idle for
    /// longer. Exceptions stop the loop and are kept in <see cref="Failure"/>.
    /// </summary>
    public sealed class PollLoop : IDisposable
    {
        private readonly Func<bool> _poll;
        private readonly Thread _thread;
        private volatile bool _stop;
        private long _iterations;

        public PollLoop(string name, Func<bool> poll)
        {
            _poll = poll;
            _thread = new Thread(Run) { IsBackground = true, Name = name };
            _thread.Start();
        }

        public Exception? Failure { get; private set; }

        /// <summary>Completed calls of the poll function, so a test can wait for "at least one more full pass".</summary>
        public long Iterations => Interlocked.Read(ref _iterations);

        /// <summary>Returns once the loop has run <paramref name="passes"/> more times (or failed / timed out).</summary>
        public bool WaitForPasses(int passes, TimeSpan timeout)
        {
            long target = Iterations + passes;
            long deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
            while (Iterations < target)
            {
                if (Failure != null || !_thread.IsAlive || Stopwatch.GetTimestamp() > deadline)
                {
                    return false;
                }
                Thread.Yield();
            }
            return true;
        }

        public void Dispose()
        {
            _stop = true;
            _thread.Join(TimeSpan.FromSeconds(5));
        }

        private void Run()
        {
            int idle = 0;
            try
            {
                while (!_stop)
                {
                    bool busy = _poll();
                    Interlocked.Increment(ref _iterations);
                    if (busy)
                    {
                        idle = 0;
                    }
                    else if (++idle < 64)
                    {
                        Thread.SpinWait(20);
                    }
                    else if (idle < 2000)
                    {
                        Thread.Yield();
                    }
                    else
                    {
                        Thread.Sleep(1);
                    }
                }
            }
            catch (Exception e)
            {
                Failure = e;
            }
        }
    }
}
