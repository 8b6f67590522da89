namespace BlynkWM.Portal
{
    /// <summary>
    /// The live view of a save's test, rendered from <see cref="SaveStatus"/>: one line per step — joining the network,
    /// getting an address, logging in to the Blynk server, saving — each pending, running (…), done (✓) or failed (✗),
    /// then the sentence saying what happened and what to do. Without script the page reloads itself while the test
    /// runs; with it, a poll of <c>/status</c> reloads it when the phase or the step changes.
    /// </summary>
    public static class SaveProgressView
    {
        private const int Pending = 0;
        private const int Running = 1;
        private const int Done = 2;
        private const int Failed = 3;

        private static readonly byte[] Style = HtmlWriter.Utf8(
            "<style>.p{list-style:none;padding:0}.p li{margin:.6em 0;color:#888}.p .r,.p .d{color:inherit}"
            + ".p .r::before{content:'\u25B8 '}.p .d::before{content:'\u2713 ';color:#23c48e}.p .f{color:#e33}.p .f::before{content:'\u2717 '}</style>");
        private static readonly byte[] ListStart = HtmlWriter.Utf8("<ol class=p data-k=\"");
        private static readonly byte[] ListStartEnd = HtmlWriter.Utf8("\">");
        private static readonly byte[] ListEnd = HtmlWriter.Utf8("</ol>");
        private static readonly byte[] ItemPending = HtmlWriter.Utf8("<li>");
        private static readonly byte[] ItemRunning = HtmlWriter.Utf8("<li class=r aria-current=step>");
        private static readonly byte[] ItemDone = HtmlWriter.Utf8("<li class=d>");
        private static readonly byte[] ItemFailed = HtmlWriter.Utf8("<li class=f>");
        private static readonly byte[] ItemEnd = HtmlWriter.Utf8("</li>");
        private static readonly byte[] Ellipsis = HtmlWriter.Utf8("\u2026");
        private static readonly byte[] Slash = HtmlWriter.Utf8("/");

        // Each step's text while pending, running, done and failed; the network or server follows where it is known.
        private static readonly byte[][] WifiText = Texts("Join ", "Joining ", "Joined ", "Could not join ");
        private static readonly byte[][] AddressText = Texts("Get an address", "Getting an address", "Got an address", "Got no address");
        private static readonly byte[][] BlynkText = Texts("Log in to ", "Logging in to ", "Logged in to ", "Could not log in to ");
        private static readonly byte[][] SaveText = Texts("Save", "Saving", "Saved", "Could not save");
        private static readonly byte[] TheNetwork = HtmlWriter.Utf8("the network");
        private static readonly byte[] TheServer = HtmlWriter.Utf8("the Blynk server");

        /// <summary>The step a failure stopped at (SaveStatus.Fail sets the step to Done): from the failure's name.</summary>
        public static SaveStep FailedStep(string failure)
        {
            if (failure == SaveStatus.WrongPassword || failure == SaveStatus.NetworkNotFound || failure == SaveStatus.WifiTimeout)
            {
                return SaveStep.Wifi;
            }

            if (failure == SaveStatus.NoIp)
            {
                return SaveStep.Address;
            }

            if (failure == SaveStatus.ServerUnreachable || failure == SaveStatus.InvalidToken || failure == SaveStatus.Tls || failure == SaveStatus.BlynkTimeout)
            {
                return SaveStep.Blynk;
            }

            return SaveStep.Done;
        }

        /// <summary>The step list for <paramref name="status"/>; nothing when no test ran (idle, or saved without testing).</summary>
        public static void Write(HtmlWriter w, SaveStatus status)
        {
            if (status.Phase == SavePhase.Idle || (status.Phase == SavePhase.Committed && status.Ssid.Length == 0))
            {
                return;
            }

            SaveStep at = status.Phase == SavePhase.Failed ? FailedStep(status.Failure) : status.Step;
            w.Raw(Style);
            w.Raw(ListStart);
            w.Text(SaveStatus.PhaseName(status.Phase));
            w.Raw(Slash);
            w.Text(SaveStatus.StepName(status.Step));
            w.Raw(ListStartEnd);
            Item(w, WifiText, StateOf(SaveStep.Wifi, at, status.Phase), status.Ssid, TheNetwork);
            Item(w, AddressText, StateOf(SaveStep.Address, at, status.Phase), null, null);
            Item(w, BlynkText, StateOf(SaveStep.Blynk, at, status.Phase), status.Server, TheServer);
            Item(w, SaveText, StateOf(SaveStep.Done, at, status.Phase), null, null);
            w.Raw(ListEnd);
        }

        private static int StateOf(SaveStep step, SaveStep at, SavePhase phase)
        {
            if (phase == SavePhase.Committed || step < at)
            {
                return Done;
            }

            if (step > at)
            {
                return Pending;
            }

            return phase == SavePhase.Failed ? Failed : Running;
        }

        private static void Item(HtmlWriter w, byte[][] texts, int state, string subject, byte[] fallback)
        {
            w.Raw(state == Running ? ItemRunning : state == Done ? ItemDone : state == Failed ? ItemFailed : ItemPending);
            w.Raw(texts[state]);
            if (fallback != null)
            {
                if (subject != null && subject.Length > 0)
                {
                    w.Text(subject);
                }
                else
                {
                    w.Raw(fallback);
                }
            }

            if (state == Running)
            {
                w.Raw(Ellipsis);
            }

            w.Raw(ItemEnd);
        }

        private static byte[][] Texts(string pending, string running, string done, string failed)
        {
            byte[][] texts = new byte[4][];
            texts[Pending] = HtmlWriter.Utf8(pending);
            texts[Running] = HtmlWriter.Utf8(running);
            texts[Done] = HtmlWriter.Utf8(done);
            texts[Failed] = HtmlWriter.Utf8(failed);
            return texts;
        }
    }
}
