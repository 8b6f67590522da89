using BlynkWM.Http;

namespace BlynkWM.Portal
{
    /// <summary>Test before commit: the tester, <c>GET /status</c> and the "Testing…" page <c>GET /test</c>.</summary>
    public sealed partial class ConfigPortal
    {
        // After the page head (which opens <main>): the steps of the test (SaveProgressView), then its sentence. Without
        // JavaScript the page reloads itself every 2 s (the meta element counts only where scripting is off); with it, a
        // poll of /status updates the sentence and reloads the page when the phase or the step changes, so each step
        // shows as it is reached.
        private static readonly byte[] TestingStart = HtmlWriter.Utf8(PortalFormState.MessageStyle
            + "<p class=b role=status style=\"border-color:#888\">Testing the new settings; nothing is saved yet.</p>");
        private static readonly byte[] TestingMessage = HtmlWriter.Utf8("<p id=msg>");
        private static readonly byte[] TestingEnd = HtmlWriter.Utf8(
            "</p><noscript><meta http-equiv=refresh content=\"2;url=/test\"></noscript>"
            + "<script>(function(){var m=document.getElementById('msg'),l=document.querySelector('.p'),k=l?l.getAttribute('data-k'):'';"
            + "function p(){fetch('/status',{cache:'no-store'}).then(function(r){return r.json()}).then(function(s){"
            + "if(s.phase==='testing'&&s.phase+'/'+s.step===k){m.textContent=s.message;setTimeout(p,1000)}"
            + "else{location.replace('/test')}}).catch(function(){setTimeout(p,2000)})}setTimeout(p,1000)})();</script>");
        private static readonly byte[] CommittedStart = HtmlWriter.Utf8(PortalFormState.MessageStyle
            + "<p class=b role=status style=\"border-color:#23c48e\">");
        private static readonly byte[] FailedStart = HtmlWriter.Utf8(PortalFormState.MessageStyle + "<p class=b role=alert>Not saved: ");
        private static readonly byte[] FailedEnd = HtmlWriter.Utf8("</p><p>The settings in use are unchanged.</p>");
        private static readonly byte[] IdleStart = HtmlWriter.Utf8("<p>No save is being tested.</p><p>");
        private static readonly byte[] ParagraphEnd = HtmlWriter.Utf8("</p>");
        private static readonly byte[] BackToForm = HtmlWriter.Utf8("<p><a href=/>Back to the form</a></p></main></body></html>");
        private static readonly byte[] PageEnd = HtmlWriter.Utf8("</main></body></html>");

        /// <summary>
        /// Tries a valid save before storing it; null (the default) stores at once. With a tester, <c>POST /save</c>
        /// answers the "Testing…" page and stores only when the tester reports success through
        /// <see cref="FinishTest"/>, or at once when the form's "Save anyway" box (<c>_anyway=1</c>) is ticked.
        /// </summary>
        public IConfigTester Tester
        {
            get { return _tester; }
            set { _tester = value; }
        }

        /// <summary>What <c>GET /status</c> answers; the device lifecycle keeps its state (and why the portal is open) there.</summary>
        public SaveStatus Status
        {
            get { return _status; }
        }

        /// <summary>True while a candidate is being tried (a further save answers 409 until it ends).</summary>
        public bool IsTesting
        {
            get { return _testing; }
        }

        /// <summary>Tests begun since start.</summary>
        public int TestCount
        {
            get { return _tests; }
        }

        /// <summary>Tests that ended without storing anything.</summary>
        public int FailedTestCount
        {
            get { return _failedTests; }
        }

        /// <summary>
        /// Ends the running test: true stores the candidate and applies it (then <see cref="Saved"/> runs), false stores
        /// nothing and leaves the config in use as it is (set the status's failure and message first, or
        /// <see cref="SaveStatus.Fail"/>). Does nothing when no test runs.
        /// </summary>
        public void FinishTest(bool succeeded)
        {
            if (!_testing)
            {
                return;
            }

            _testing = false;
            if (!succeeded)
            {
                _failedTests++;
                if (_status.Phase != SavePhase.Failed)
                {
                    _status.Fail(_status.Failure, _status.Message.Length > 0 ? _status.Message : "The new settings did not work; nothing was saved.");
                }

                return;
            }

            if (Store())
            {
                RaiseSaved();
            }
            else
            {
                _failedTests++;
            }
        }

        /// <summary>The sentence above the form: why the last tested save failed, or why the portal is open; else null.</summary>
        private string CurrentNotice()
        {
            bool show = _status.Phase == SavePhase.Failed || (_status.Phase == SavePhase.Idle && _status.Failure.Length > 0);
            return show ? _status.Message : null;
        }

        private void BeginTest()
        {
            _tests++;
            _testing = true;
            _status.Phase = SavePhase.Testing;
            _status.Step = SaveStep.Wifi;
            _status.Message = "Testing the new settings.";
            try
            {
                _tester.BeginTest(_form.Scratch, _status);
            }
            catch (System.Exception)
            {
                // Nothing is stored; the user sees why and can save again (or save anyway).
                _status.Fail("", "The test could not start; nothing was saved.");
                FinishTest(false);
            }
        }

        private void HandleStatus(HttpRequest request, HttpResponseWriter response)
        {
            if (_statusWriter == null)
            {
                _statusWriter = new HtmlWriter(512);
            }

            _statusWriter.Length = 0;
            _status.WriteJson(_statusWriter);
            response.Start(HttpStatus.Ok);
            response.Header(HttpHeaders.ContentType, HttpHeaderValues.Json);
            response.Header(HttpHeaders.CacheControl, HttpHeaderValues.NoStore);
            int length = _statusWriter.Length;
            if (length <= response.ScratchRemaining)
            {
                response.BodyCopy(_statusWriter.Buffer, 0, length);
            }
            else
            {
                // A long SSID or message, fully escaped: its own array, as the writer is reused by the next request.
                byte[] body = new byte[length];
                System.Array.Copy(_statusWriter.Buffer, 0, body, 0, length);
                response.Body(body);
            }
        }

        /// <summary>The page after a tested save: "Testing…" while it runs, then the result.</summary>
        private void WriteTestPage(HttpResponseWriter response, int status)
        {
            var w = new HtmlWriter(1024);
            // Every phase's page: the progress (but while idle), the message between its own tags, then the way on.
            bool progress = true;
            byte[] open = FailedStart;
            byte[] close = ParagraphEnd;
            byte[] next = BackToForm;
            switch (_status.Phase)
            {
                case SavePhase.Testing:
                    w.Raw(TestingStart);
                    open = TestingMessage;
                    close = TestingEnd;
                    next = PageEnd;
                    break;
                case SavePhase.Committed:
                    open = CommittedStart;
                    next = PageEnd;
                    break;
                case SavePhase.Failed:
                    close = FailedEnd;
                    break;
                default:
                    progress = false;
                    open = IdleStart;
                    break;
            }

            if (progress)
            {
                SaveProgressView.Write(w, _status);
            }

            w.Raw(open);
            w.Text(_status.Message);
            w.Raw(close);
            w.Raw(next);

            byte[] tail = new byte[w.Length];
            System.Array.Copy(w.Buffer, 0, tail, 0, tail.Length);
            StartHtml(response, status);
            response.Body(_form.HeadHtml);
            response.Body(tail);
        }
    }
}
