interface Sample {
  key: string;
  title: string;
  delegation: string | null;
}

/** The opt-in to load the invented sample statements, listing what would be loaded. */
export function SampleChoice({ samples, disabled }: { samples: readonly Sample[]; disabled?: boolean }) {
  if (samples.length === 0) return null;
  return (
    <fieldset className="sample-choice">
      <legend>Sample statements</legend>
      <div className="checkbox-field">
        <input id="load-samples" type="checkbox" name="loadSamples" aria-describedby="samples-note" disabled={disabled} />
        <label htmlFor="load-samples">Load the sample statements</label>
      </div>
      <p className="field-hint" id="samples-note">
        These statements are <strong>invented</strong> to try Verbatim out: the delegations are fictional and no one spoke these words.
      </p>
      <ul className="sample-list" aria-label="Sample statements">
        {samples.map((s) => (
          <li key={s.key}>
            <span className="sample-title">{s.title}</span>
            {s.delegation && <span className="sample-delegation">{s.delegation}</span>}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
