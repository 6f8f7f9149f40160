// Opinion colours, -100 (red) through 0 (paper) to +100 (blue): a diverging scale that reads for
// red-green colour blindness too. Colour is never the only signal: the number is always shown.

const NEGATIVE = [178, 24, 43];
const NEUTRAL = [246, 243, 236];
const POSITIVE = [33, 102, 172];

export function scoreColour(score) {
  const t = Math.max(-1, Math.min(1, score / 100));
  const end = t < 0 ? NEGATIVE : POSITIVE;
  const mix = NEUTRAL.map((value, i) => Math.round(value + (end[i] - value) * Math.abs(t)));
  return `rgb(${mix.join(' ')})`;
}

/** Dark text on pale cells, white on strong ones. */
export function textColour(score) {
  return Math.abs(score) > 55 ? '#fff' : '#1d1d1f';
}

export function signed(score) {
  return score > 0 ? `+${score}` : String(score);
}
