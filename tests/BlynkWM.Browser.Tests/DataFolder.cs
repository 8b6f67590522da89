using System;

namespace BlynkWM.Browser.Tests
{
    /// <summary>A fresh temporary folder for one simulated device's files (not created yet), deleted with its contents.</summary>
    internal sealed class DataFolder : IDisposable
    {
        public DataFolder(string prefix)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));
        }

        public string Path { get; }

        public void Dispose()
        {
            if (Directory.Exists(Path))
            {
                Directory.Delete(Path, recursive: true);
            }
        }
    }
}
