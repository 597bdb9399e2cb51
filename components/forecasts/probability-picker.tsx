"use client";

import { useEffect, useRef, useState } from "react";
import { WORD_RANGES, valueForWord, wordRange } from "@/lib/forecasts/estimative";
import { estimativeWord } from "@/lib/scales";
import { useHydrated } from "@/components/ui/use-hydrated";

/** A whole number from 1 to 99, or null while the box holds anything else. */
function parseProbability(text: string): number | null {
  if (!/^\d{1,2}$/.test(text.trim())) return null;
  const n = Number(text);
  return n >= 1 && n <= 99 ? n : null;
}

/**
 * The probability, three ways: an ICD 203 word, a number box (the submitted `probability`)
 * and a slider. The word follows the number live; picking a word moves the number into that
 * word's band, where the user can fine-tune it. The word and the slider only work through
 * script, so they are disabled until hydrated: a move made before that would be lost. The
 * number box is a plain field (it submits without script): it is uncontrolled, so what was
 * typed in it before hydration stays, and the word follows it from then on.
 */
export function ProbabilityPicker({ initial, error }: { initial: string; error?: string }) {
  const [text, setText] = useState(initial);
  const hydrated = useHydrated();
  const box = useRef<HTMLInputElement>(null);
  // Typing before hydration is in the box, not in the state: read it once, when live.
  useEffect(() => {
    const typed = box.current?.value;
    if (typed !== undefined && typed !== initial) setText(typed);
  }, [initial]);
  /** A value set by the word or the slider: into the box and the state. */
  const setValue = (next: string) => {
    if (box.current) box.current.value = next;
    setText(next);
  };
  const value = parseProbability(text);
  const word = value === null ? "" : estimativeWord(value);
  const band = wordRange(word);
  const described = ["probability-word", error ? "probability-error" : null]
    .filter(Boolean)
    .join(" ");
  const chooseWord = (chosen: string) => {
    const next = valueForWord(chosen, value);
    if (next !== null) setValue(String(next));
  };
  return (
    <>
      <div className="mb-5">
        <label htmlFor="estimativeWord" className="block font-medium">
          Estimative word
        </label>
        <p id="estimativeWord-hint" className="text-sm text-stone-600">
          Pick a word to move the probability into its band (US ICD 203), then fine-tune it.
        </p>
        <select
          id="estimativeWord"
          value={word}
          disabled={!hydrated}
          onChange={(event) => chooseWord(event.target.value)}
          aria-describedby="estimativeWord-hint"
          className="mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2"
        >
          <option value="" disabled>
            Choose a word…
          </option>
          {WORD_RANGES.map((r) => (
            <option key={r.word} value={r.word}>
              {`${r.word} (${r.min}–${r.max} %)`}
            </option>
          ))}
        </select>
      </div>
      <div className="mb-5">
        <label htmlFor="probability" className="block font-medium">
          Probability (%)<span className="text-red-800"> (required)</span>
        </label>
        <div className="mt-1 flex items-center gap-4">
          <input
            id="probability"
            name="probability"
            type="number"
            inputMode="numeric"
            min={1}
            max={99}
            step={1}
            ref={box}
            defaultValue={initial}
            onChange={(event) => setText(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={described}
            className="w-24 rounded border border-stone-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-700"
          />
          <input
            type="range"
            aria-label="Probability slider"
            min={1}
            max={99}
            step={1}
            value={value ?? 50}
            disabled={!hydrated}
            onChange={(event) => setValue(event.target.value)}
            className="grow"
          />
        </div>
        <p id="probability-word" aria-live="polite" className="mt-1 text-stone-800">
          {value === null ? (
            "Enter a whole number from 1 to 99."
          ) : (
            <>
              {value} % reads as <strong>{word}</strong>
              {band ? ` (${band.min}–${band.max} %)` : null}
            </>
          )}
        </p>
        {error ? (
          <p id="probability-error" className="mt-1 text-sm font-medium text-red-800" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </>
  );
}
