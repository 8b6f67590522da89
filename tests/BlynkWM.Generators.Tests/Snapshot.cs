using System;
using System.IO;

namespace BlynkWM.Generators.Tests
{
    /// <summary>
    /// Checked-in snapshots: the text must equal Snapshots/&lt;name&gt;.verified.cs. On a mismatch the actual text is
    /// written beside it as .received.cs and the test fails; set BLYNKWM_ACCEPT_SNAPSHOTS=1 to accept it.
    /// </summary>
    internal static class Snapshot
    {
        private static readonly string Folder = RepositoryRoot.Combine("tests", "BlynkWM.Generators.Tests", "Snapshots");

        public static void Verify(string name, string actual)
        {
            string folder = Folder;
            string verified = Path.Combine(folder, name + ".verified.cs");
            string received = Path.Combine(folder, name + ".received.cs");
            actual = actual.Replace("\r\n", "\n");
            if (Environment.GetEnvironmentVariable("BLYNKWM_ACCEPT_SNAPSHOTS") == "1")
            {
                Directory.CreateDirectory(folder);
                File.WriteAllText(verified, actual);
                File.Delete(received);
                return;
            }

            string? expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
            if (expected == actual)
            {
                File.Delete(received);
                return;
            }

            Directory.CreateDirectory(folder);
            File.WriteAllText(received, actual);
            Assert.Fail(expected is null
                ? $"No snapshot {verified}; the output was written to {received}. Review it and rename it to .verified.cs."
                : $"Generated code differs from {verified}; see {received} (diff them; accept with BLYNKWM_ACCEPT_SNAPSHOTS=1).");
        }
    }
}
