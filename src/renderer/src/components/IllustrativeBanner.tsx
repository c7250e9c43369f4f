export const ILLUSTRATIVE_TEXT = 'Illustrative sample, written by hand, not model output';

/** Shown for studies that are not model output, so nobody mistakes them for results. */
export function IllustrativeBanner() {
  return (
    <span className="illustrative-label" data-testid="illustrative-label" role="note">
      {ILLUSTRATIVE_TEXT}
    </span>
  );
}
