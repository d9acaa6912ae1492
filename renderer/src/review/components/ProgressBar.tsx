import { describeProgress, type Progress } from '../lib/progress';

interface Props {
  id: string;
  /** What is being counted, e.g. "Whole review". */
  label: string;
  progress: Progress;
}

/** Progress as words first, with a bar that repeats it for a glance. */
export function ProgressBar({ id, label, progress }: Props) {
  return (
    <div className="progress">
      <p className="progress__text" id={`${id}-label`}>
        <span className="progress__label">{label}: </span>
        {describeProgress(progress)}
      </p>
      <progress
        className="progress__bar"
        aria-labelledby={`${id}-label`}
        max={Math.max(progress.total, 1)}
        value={progress.rated}
      />
    </div>
  );
}
