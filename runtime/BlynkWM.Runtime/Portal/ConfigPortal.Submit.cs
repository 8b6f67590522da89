using BlynkWM.Storage;

namespace BlynkWM.Portal
{
    /// <summary>
    /// The form pipeline for callers other than the page's POST /save (Blynk.Edgent's /config, <see cref="EdgentApi"/>).
    /// Public because on nanoFramework the Edgent API is compiled outside the runtime's assembly (see the README).
    /// </summary>
    public sealed partial class ConfigPortal
    {
        /// <summary>Some field was refused; nothing was stored.</summary>
        public const int SubmitInvalid = 0;

        /// <summary>Every value equals the stored one; nothing was written.</summary>
        public const int SubmitUnchanged = 1;

        /// <summary>Stored and applied (<see cref="Saved"/> ran).</summary>
        public const int SubmitStored = 2;

        /// <summary>The store threw: the config in use is unchanged, the stored copy is the old or the new one.</summary>
        public const int SubmitStoreFailed = 3;

        /// <summary>Valid and being tested (<see cref="Tester"/>): stored only if the test succeeds; <c>/status</c> follows it.</summary>
        public const int SubmitTesting = 4;

        /// <summary>Another candidate is being tested; nothing was read.</summary>
        public const int SubmitBusy = 5;

        /// <summary>
        /// Runs url-encoded pairs (the form's own keys) through the same checks as a POST /save, then, unless they change
        /// nothing, tests them before storing (with a <see cref="Tester"/>, unless <paramref name="anyway"/>) or stores
        /// them, as a page save does. No CSRF check: the caller has decided who may submit.
        /// </summary>
        public int Submit(byte[] pairs, int offset, int count, bool anyway)
        {
            if (_testing)
            {
                return SubmitBusy;
            }

            _reader.Reset(pairs, offset, count);
            int result = Apply(anyway);
            if (result == SubmitStored)
            {
                RaiseSaved();
            }

            return result;
        }

        /// <summary>
        /// The save pipeline of both callers, over the pairs <see cref="_reader"/> was reset on: every pair to the form
        /// (a "Save anyway" box among them sets <paramref name="anyway"/>), then refuse, keep, test or store. A test that
        /// ends inside <see cref="IConfigTester.BeginTest"/> is still <see cref="SubmitTesting"/>: its outcome is in
        /// <see cref="Status"/>, like that of any test. The caller raises <see cref="Saved"/> after a store, once it has
        /// queued its answer.
        /// </summary>
        private int Apply(bool anyway)
        {
            // What is stored now, as a record, to tell a save that changes nothing (it is then not written). Loaded into
            // the scratch copy, so only once no test holds it.
            int storedLength = StoredRecordLength();

            // Every pair goes to the form, which ignores keys it does not know (the page's token among them).
            _form.BeginEdit();
            _state.Clear();
            while (_reader.MoveNext())
            {
                if (!_form.Accept(_reader, _state) && _reader.KeyEquals(AnywayKeyBytes))
                {
                    anyway = _reader.ValueEquals(AnywayValue);
                }
            }

            _form.FinishEdit(_state);
            if (_state.ErrorCount > 0)
            {
                _rejected++;
                return SubmitInvalid;
            }

            if (storedLength >= 0 && EditedEqualsStored(storedLength))
            {
                _unchanged++;
                return SubmitUnchanged;
            }

            _status.Clear();
            if (_tester != null && !anyway)
            {
                BeginTest();
                return SubmitTesting;
            }

            return Store() ? SubmitStored : SubmitStoreFailed;
        }

        /// <summary>The <see cref="Saved"/> callback, as after a page save (its failures counted, never thrown).</summary>
        public void NotifySaved()
        {
            RaiseSaved();
        }

        /// <summary>
        /// Erases the stored config and puts the defaults in use; false when the store threw, or while a test runs (its
        /// candidate is in the scratch copy the defaults would overwrite).
        /// </summary>
        public bool EraseConfig()
        {
            if (_testing)
            {
                return false;
            }

            try
            {
                _store.Erase();
            }
            catch (System.Exception)
            {
                _storeFailures++;
                return false;
            }

            IStoredConfig scratch = _form.Scratch;
            scratch.ResetToDefaults();
            _form.CommitEdit();
            _status.Clear();
            _cacheValid = false;
            return true;
        }

        /// <summary>Starts a scan unless one ran recently, and takes the newest results into <see cref="Networks"/>.</summary>
        public void RefreshScan()
        {
            RequestScan(true);
            RefreshNetworks();
        }
    }
}
