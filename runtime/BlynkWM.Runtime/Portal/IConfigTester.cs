using BlynkWM.Storage;

namespace BlynkWM.Portal
{
    /// <summary>
    /// Tries a config from the portal before it is stored (test before commit). <see cref="ConfigPortal"/> calls
    /// <see cref="BeginTest"/> with the validated candidate and keeps serving; the tester updates the status as it goes
    /// and ends the test with <see cref="ConfigPortal.FinishTest"/>: true stores the candidate, false stores nothing.
    /// The device lifecycle (<c>BlynkWM.Lifecycle.BlynkDevice</c>) is one: it joins the candidate's network, then logs
    /// in to its Blynk server.
    /// </summary>
    public interface IConfigTester
    {
        /// <summary>
        /// Starts trying <paramref name="candidate"/> (the form's scratch copy: read it, do not keep it past the test);
        /// returns at once. <paramref name="status"/> is what <c>/status</c> shows; its phase is already Testing.
        /// </summary>
        void BeginTest(IStoredConfig candidate, SaveStatus status);
    }
}
