using System;
using System.Text.Json;

namespace BlynkWM.Benchmarks
{
    /// <summary>
    /// Reads a Stryker.NET JSON report (the mutation-testing-elements schema): the score is detected ÷ (detected +
    /// undetected) in percent, where detected is Killed or Timeout and undetected is Survived or NoCoverage, as Stryker
    /// computes it; compile errors and ignored mutants do not count. Lists every undetected mutant on stderr.
    /// </summary>
    public static class MutationReport
    {
        public static double Score(string reportPath, TextWriter survivors)
        {
            using JsonDocument report = JsonDocument.Parse(File.ReadAllText(reportPath));
            int detected = 0;
            int undetected = 0;
            var lines = new List<string>();
            foreach (JsonProperty file in report.RootElement.GetProperty("files").EnumerateObject())
            {
                foreach (JsonElement mutant in file.Value.GetProperty("mutants").EnumerateArray())
                {
                    string status = mutant.GetProperty("status").GetString() ?? "";
                    if (status == "Killed" || status == "Timeout")
                    {
                        detected++;
                    }
                    else if (status == "Survived" || status == "NoCoverage")
                    {
                        undetected++;
                        int line = mutant.GetProperty("location").GetProperty("start").GetProperty("line").GetInt32();
                        string replacement = mutant.TryGetProperty("replacement", out JsonElement r) ? r.GetString() ?? "" : "";
                        lines.Add(Path.GetFileName(file.Name) + ":" + line.ToString(CultureInfo.InvariantCulture) + " " + status + " "
                            + mutant.GetProperty("mutatorName").GetString() + ": " + replacement.Replace("\n", " "));
                    }
                }
            }

            lines.Sort(StringComparer.Ordinal);
            foreach (string line in lines)
            {
                survivors.WriteLine(line);
            }

            survivors.WriteLine(detected + " detected, " + undetected + " undetected");
            return detected + undetected == 0 ? 0 : 100.0 * detected / (detected + undetected);
        }
    }
}
