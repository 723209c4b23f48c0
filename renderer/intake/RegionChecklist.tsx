import { bodyRegions, type RegionId } from '../../shared/body/regions';

interface Props {
  legend: string;
  value: readonly RegionId[];
  onChange(value: RegionId[]): void;
}

/** Body regions as checkboxes: quick at the desk, readable by a screen reader. */
export function RegionChecklist({ legend, value, onChange }: Props) {
  return (
    <fieldset className="region-checklist">
      <legend>{legend}</legend>
      {bodyRegions.map((region) => (
        <label key={region.id} className="region-checklist__item">
          <input
            type="checkbox"
            checked={value.includes(region.id)}
            onChange={(event) => onChange(event.target.checked ? [...value, region.id] : value.filter((id) => id !== region.id))}
          />
          {region.label}
        </label>
      ))}
    </fieldset>
  );
}
