import { useApp } from '../app/app-context';

/** A select over the citation styles the notebook knows (bundled and added). */
export function StyleSelect({ id, value, onChange }: { id: string; value: string; onChange: (styleId: string) => void }) {
  const { styles } = useApp();
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      {styles.map((s) => (
        <option key={s.id} value={s.id}>
          {s.name}
        </option>
      ))}
    </select>
  );
}
