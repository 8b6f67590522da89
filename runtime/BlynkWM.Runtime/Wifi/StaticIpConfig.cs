namespace BlynkWM.Wifi
{
    /// <summary>
    /// A fixed IPv4 configuration for the station, instead of DHCP (the seed's <c>setSTAStaticIPConfig</c>, applied
    /// here on every connect). Checked when made: four dotted-decimal addresses, a contiguous mask, an address that is
    /// neither the subnet's network nor its broadcast address, and a gateway inside the subnet. The texts are kept in
    /// canonical form ("192.168.1.50"), the form nanoFramework's <c>NetworkInterface.EnableStaticIPv4</c> takes.
    /// </summary>
    public sealed class StaticIpConfig
    {
        /// <param name="address">The device's address, e.g. "192.168.1.50".</param>
        /// <param name="subnetMask">e.g. "255.255.255.0".</param>
        /// <param name="gateway">The router, inside the subnet.</param>
        /// <param name="primaryDns">A DNS server, or null/empty to use the gateway.</param>
        /// <param name="secondaryDns">A second DNS server, or null/empty for none.</param>
        /// <exception cref="System.ArgumentException">An address is malformed or the combination cannot work; the message says which and why.</exception>
        public StaticIpConfig(string address, string subnetMask, string gateway, string primaryDns, string secondaryDns)
        {
            uint ip = Parse(address, "address");
            uint mask = Parse(subnetMask, "subnetMask");
            uint gw = Parse(gateway, "gateway");
            uint dns1 = IsEmpty(primaryDns) ? gw : Parse(primaryDns, "primaryDns");
            uint dns2 = IsEmpty(secondaryDns) ? 0 : Parse(secondaryDns, "secondaryDns");

            uint inverted = ~mask;
            if ((inverted & (inverted + 1)) != 0 || mask == 0 || inverted < 3)
            {
                throw new System.ArgumentException("subnet mask " + subnetMask + " is not a contiguous mask of at most /30", "subnetMask");
            }

            if ((ip & inverted) == 0 || (ip & inverted) == inverted)
            {
                throw new System.ArgumentException("address " + address + " is the network or broadcast address of its subnet", "address");
            }

            if ((gw & mask) != (ip & mask) || gw == ip)
            {
                throw new System.ArgumentException("gateway " + gateway + " is not another address inside the subnet of " + address, "gateway");
            }

            Address = Format(ip);
            SubnetMask = Format(mask);
            Gateway = Format(gw);
            PrimaryDns = Format(dns1);
            SecondaryDns = dns2 == 0 ? "" : Format(dns2);
        }

        /// <summary>Without a second DNS server; the gateway is the DNS server.</summary>
        public StaticIpConfig(string address, string subnetMask, string gateway)
            : this(address, subnetMask, gateway, null, null)
        {
        }

        /// <summary>The station's own address, dotted IPv4 (e.g. <c>192.168.1.50</c>).</summary>
        public string Address { get; }

        /// <summary>The subnet mask, dotted IPv4 (e.g. <c>255.255.255.0</c>).</summary>
        public string SubnetMask { get; }

        /// <summary>The default router, dotted IPv4.</summary>
        public string Gateway { get; }

        /// <summary>The gateway when none was given.</summary>
        public string PrimaryDns { get; }

        /// <summary>Empty when none was given.</summary>
        public string SecondaryDns { get; }

        /// <summary>For logs: <c>address/mask via gateway, DNS primary [secondary]</c>. Allocates.</summary>
        public override string ToString()
        {
            return Address + "/" + SubnetMask + " via " + Gateway + ", DNS " + PrimaryDns + (SecondaryDns.Length > 0 ? " " + SecondaryDns : "");
        }

        private static bool IsEmpty(string text)
        {
            return text == null || text.Length == 0;
        }

        private static uint Parse(string text, string name)
        {
            return Ipv4Text.Parse(text, name);
        }

        private static string Format(uint value)
        {
            return Ipv4Text.Format(value);
        }
    }
}
