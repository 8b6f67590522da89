namespace BlynkWM.Runtime.Tests
{
    /// <summary>
    /// Power cuts, clean and torn, at every durable step of saves and erases (<see cref="FaultScenario.All"/>), and a
    /// second cut during the next operation at every step near its ends and sampled between: the device reboots over the
    /// medium and finds the state before or after the operation, never an older one, never nothing where a config existed.
    /// </summary>
    public class PowerCutTests
    {
        private readonly ITestOutputHelper _output;

        public PowerCutTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Theory]
        [InlineData("eeprom")]
        [InlineData("littlefs")]
        [InlineData("spiffs")]
        public void A_cut_at_any_step_of_a_save_or_erase_leaves_the_state_before_or_after_it(string kind)
        {
            CampaignAssert.Clean(_output, kind, FaultCampaign.Run(SimulatedStorage.Named(kind), CampaignDensity.Dense, new[] { FaultKind.Cut, FaultKind.TornCut }), morePointsThan: 5000);
        }

        [Theory]
        [InlineData("eeprom")]
        [InlineData("littlefs")]
        [InlineData("spiffs")]
        public void The_reset_record_and_portal_flag_read_old_new_or_absent_after_any_fault(string kind)
        {
            CampaignAssert.Clean(_output, kind, SmallRecordCampaign.Run(SimulatedStorage.Named(kind)), morePointsThan: 100);
        }
    }
}
