using System.Globalization;
using System.Linq;

namespace BlynkWM.Server
{
    /// <summary>
    /// <c>dotnet run --project samples/BlynkServer -- [--port 8080] [--tls-port 9443] [--token T]... [--address IP]
    /// [--cert-dir DIR]</c>: serves until "quit" or end of input, logging pin traffic. Commands on stdin act on the first
    /// token (or "@token command ..."): write PIN VALUE..., read PIN, redirect HOST PORT, ping, kick, stop, start,
    /// devices, quit.
    /// </summary>
    public static class Program
    {
        public const string DefaultToken = "blynkwm-local-token";

        public static int Main(string[] args)
        {
            var options = new BlynkServerOptions { TcpPort = 8080, TlsPort = 9443, Log = Console.Out, KeepTranscript = false };
            var tokens = new System.Collections.Generic.List<string>();
            string? certDir = null;
            for (int i = 0; i < args.Length; i++)
            {
                string? next = i + 1 < args.Length ? args[i + 1] : null;
                switch (args[i])
                {
                    case "--port" when next != null && int.TryParse(next, out int port):
                        options.TcpPort = port;
                        i++;
                        break;
                    case "--tls-port" when next != null && int.TryParse(next, out int tlsPort):
                        options.TlsPort = tlsPort;
                        i++;
                        break;
                    case "--token" when next != null:
                        tokens.Add(next);
                        i++;
                        break;
                    case "--address" when next != null && IPAddress.TryParse(next, out IPAddress? address):
                        options.Address = address;
                        i++;
                        break;
                    case "--cert-dir" when next != null:
                        certDir = next;
                        i++;
                        break;
                    default:
                        Console.Error.WriteLine("usage: BlynkServer [--port N|-1] [--tls-port N|-1] [--token T]... [--address IP] [--cert-dir DIR]");
                        return 2;
                }
            }

            if (tokens.Count == 0)
            {
                tokens.Add(DefaultToken);
            }

            options.Tokens = tokens.ToArray();
            using var server = new BlynkServer(options);
            try
            {
                server.Start();
            }
            catch (System.Net.Sockets.SocketException e)
            {
                Console.Error.WriteLine("cannot listen: " + e.Message + " (another server on the port? pass --port 0 for a free one)");
                return 1;
            }

            Console.WriteLine("tokens: " + string.Join(", ", options.Tokens));
            if (server.Certificates != null)
            {
                Console.WriteLine("TLS certificate SHA-256: " + server.Certificates.ServerFingerprintHex);
                if (certDir != null)
                {
                    Directory.CreateDirectory(certDir);
                    File.WriteAllText(Path.Combine(certDir, "ca.pem"), server.Certificates.CaPem);
                    File.WriteAllText(Path.Combine(certDir, "server.sha256"), server.Certificates.ServerFingerprintHex + "\n");
                    Console.WriteLine("CA certificate written to " + Path.Combine(certDir, "ca.pem"));
                }
            }

            Console.WriteLine("commands: write PIN VALUE... | read PIN | redirect HOST PORT | ping | kick | stop | start | devices | quit");
            string? line;
            while ((line = Console.ReadLine()) != null)
            {
                if (!Execute(server, options.Tokens[0], line.Trim()))
                {
                    break;
                }
            }

            return 0;
        }

        /// <summary>Runs one command line; false for "quit".</summary>
        public static bool Execute(BlynkServer server, string defaultToken, string line)
        {
            string[] words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                return true;
            }

            string token = defaultToken;
            if (words[0].StartsWith('@'))
            {
                token = words[0].Substring(1);
                words = words.Skip(1).ToArray();
                if (words.Length == 0)
                {
                    return true;
                }
            }

            switch (words[0])
            {
                case "write" when words.Length >= 3 && int.TryParse(words[1], out int pin):
                    server.WriteVirtual(token, pin, words.Skip(2).ToArray());
                    break;
                case "read" when words.Length == 2 && int.TryParse(words[1], out int readPin):
                    server.RequestRead(token, readPin);
                    break;
                case "redirect" when words.Length == 3 && int.TryParse(words[2], out int port):
                    server.Redirect(token, words[1], port);
                    break;
                case "ping":
                    Console.WriteLine(server.SendPing(token) ? "ping sent" : "device offline");
                    break;
                case "kick":
                    server.Disconnect(token);
                    break;
                case "stop":
                    server.Stop();
                    break;
                case "start":
                    server.Start();
                    break;
                case "devices":
                    foreach (string t in server.Options.Tokens)
                    {
                        DeviceRecord d = server.Device(t);
                        Console.WriteLine(t + ": " + (d.Online ? "online" : "offline") + ", logins " + d.Logins + ", pings " + d.Pings
                            + ", pins " + string.Join(" ", d.StoredPins().Select(p => "V" + p.ToString(CultureInfo.InvariantCulture) + "=" + string.Join("|", d.GetPin(p)!))));
                    }

                    break;
                case "quit":
                    return false;
                default:
                    Console.WriteLine("unknown command: " + line);
                    break;
            }

            return true;
        }
    }
}
