import { MultiBar, Presets, SingleBar } from 'cli-progress';

const common = { hideCursor: true, clearOnComplete: false, noTTYOutput: true, notTTYSchedule: 5000, etaBuffer: 50 } as const;

/** One progress bar: `label |████░░| value/total eta`. */
export function progressBar(label: string, total: number): SingleBar {
  const bar = new SingleBar({ ...common, format: ` ${label.padEnd(38)} |{bar}| {value}/{total} {eta_formatted}` }, Presets.shades_classic);
  bar.start(Math.max(1, total), 0);
  return bar;
}

/** Several bars at once (acknowledged by the API / searchable). */
export function progressBars(): MultiBar {
  return new MultiBar({ ...common, format: ' {label} |{bar}| {value}/{total} {eta_formatted}' }, Presets.shades_classic);
}
