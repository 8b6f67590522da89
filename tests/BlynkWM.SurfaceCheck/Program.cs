namespace BlynkWM.SurfaceCheck
{
    /// <summary>
    /// blynkwm-surfacecheck surface.dll real.dll   compares; prints one line per finding, exits 1 when there is any
    /// blynkwm-surfacecheck --list assembly.dll    prints the assembly's API lines
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length == 2 && args[0] == "--list")
            {
                foreach (string line in ApiListing.Read(args[1]).Lines)
                {
                    Console.WriteLine(line);
                }

                return 0;
            }

            if (args.Length != 2)
            {
                Console.Error.WriteLine("usage: BlynkWM.SurfaceCheck surface.dll real.dll | --list assembly.dll");
                return 2;
            }

            List<string> findings = SurfaceComparison.Compare(ApiListing.Read(args[0]), ApiListing.Read(args[1]));
            foreach (string finding in findings)
            {
                Console.WriteLine(args[0] + ": error " + finding);
            }

            return findings.Count == 0 ? 0 : 1;
        }
    }
}
