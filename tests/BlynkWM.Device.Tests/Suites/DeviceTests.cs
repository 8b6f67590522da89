namespace BlynkWM.Device.Tests
{
    /// <summary>Every device suite, in order; the last line printed is the verdict.</summary>
    public static class DeviceTests
    {
        public static int RunAll()
        {
            var check = new Check();
            RecordSuite.Run(check);
            StoreSuite.Run(check);
            PortalSuite.Run(check);
            EdgentSuite.Run(check);
            ParserSuite.Run(check);
            DhcpSuite.Run(check);
            PlatformSuite.Run(check);
            AdapterSuite.Run(check);
            BlynkSuite.Run(check);
            WifiSuite.Run(check);
            ResetSuite.Run(check);
            LifecycleSuite.Run(check);
            check.Summary();
            return check.Failed;
        }
    }
}
