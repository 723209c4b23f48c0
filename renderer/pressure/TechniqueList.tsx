import { techniqueIds, techniqueLabels, type TechniqueId } from '../../shared/pressure/techniques';

interface Props {
  selected: TechniqueId;
  onSelect(technique: TechniqueId): void;
}

export function TechniqueList({ selected, onSelect }: Props) {
  return (
    <fieldset className="technique-list">
      <legend>Technique</legend>
      {techniqueIds.map((id) => (
        <label key={id} className="technique-list__item">
          <input type="radio" name="technique" value={id} checked={id === selected} onChange={() => onSelect(id)} />
          {techniqueLabels[id]}
        </label>
      ))}
    </fieldset>
  );
}
